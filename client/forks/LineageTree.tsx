import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LineageForkView, LineageView } from '../../shared/api/types.ts';
import { countryName } from '../admin/organisations/countryName.ts';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { PassageCounts } from './PassageCounts.tsx';

/** The statement and every shared fork below it, forks of forks nested under their upstream. */
export function LineageTree({ lineage }: { lineage: LineageView }) {
  const { t } = useTranslation('forks');
  return (
    <ul className="lineage-tree" data-testid="lineage-tree">
      <li className="lineage-node lineage-node--root">
        <div className="lineage-card lineage-card--root">
          <strong>{lineage.statement.title}</strong>
          <span className="muted small">{t('tree.root', { n: lineage.passages.length })}</span>
        </div>
        {lineage.forks.length > 0 && <ForkBranches forks={lineage.forks} />}
      </li>
    </ul>
  );
}

function ForkBranches({ forks }: { forks: LineageForkView[] }) {
  const { t } = useTranslation('forks');
  return (
    <ul className="lineage-tree__children">
      {forks.map((fork) => (
        <li key={fork.id} className="lineage-node">
          <div className="lineage-card">
            <div className="lineage-card__head">
              <Link to={`/statements/${encodeURIComponent(fork.id)}`}>{fork.ownerOrg?.name ?? fork.title}</Link>
              {fork.ownerOrg && <span className="muted small">{countryName(fork.ownerOrg.country)}</span>}
            </div>
            <span className="muted small">
              <Trans
                t={t}
                i18nKey="tree.forked"
                values={{ title: fork.title, when: formatDateTime(fork.forkedAt) }}
                components={{ time: <time dateTime={fork.forkedAt} /> }}
              />
            </span>
            <PassageCounts counts={fork.passages} />
          </div>
          {fork.forks.length > 0 && <ForkBranches forks={fork.forks} />}
        </li>
      ))}
    </ul>
  );
}
