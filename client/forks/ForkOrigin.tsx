import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementView, UpstreamView } from '../../shared/api/types.ts';

/** "Fork of <upstream> · <organisation> · Private": where a fork comes from and who sees it; nothing for other statements. */
export function ForkOrigin({ statement, upstream }: { statement: StatementView; upstream: UpstreamView | null }) {
  const { t } = useTranslation('forks');
  if (statement.forkOf === null) return null;
  return (
    <p className="fork-origin" data-testid="fork-origin">
      <span>
        <Trans
          t={t}
          i18nKey="origin.forkOf"
          values={{ title: upstream ? upstream.upstream.title : t('origin.upstreamStatement') }}
          components={{ a: <Link to={`/statements/${encodeURIComponent(statement.forkOf)}`} /> }}
        />
      </span>
      {statement.ownerOrg && <span>{statement.ownerOrg.name}</span>}
      <span className={`fork-origin__visibility fork-origin__visibility--${statement.shared ? 'shared' : 'private'}`}>
        {statement.shared ? t('origin.shared') : t('origin.private')}
      </span>
    </p>
  );
}
