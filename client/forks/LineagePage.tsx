import { useTranslation } from 'react-i18next';
import type { LineageView, MeView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { StatementSubpage } from '../versions/StatementSubpage.tsx';
import { LineageTree } from './LineageTree.tsx';
import { PassageMap } from './PassageMap.tsx';

/** `/statements/:id/lineage`: the shared forks of a statement, and which of its passages travelled. */
export function LineagePage({ me }: { me: MeView }) {
  const { t } = useTranslation('forks');
  return (
    <StatementSubpage me={me} title={t('lineage.title')} intro={t('lineage.intro')}>
      {(statement) => <Lineage statementId={statement.id} />}
    </StatementSubpage>
  );
}

function Lineage({ statementId }: { statementId: string }) {
  const { t } = useTranslation('forks');
  const lineage = useApiResource<LineageView>(`/api/statements/${encodeURIComponent(statementId)}/lineage`, t('lineage.loadFailed'));
  const loaded = lineage.data;
  if (loaded === null) {
    return (
      <>
        <FormError message={lineage.error} />
        {!lineage.error && (
          <p className="muted" aria-busy="true">
            {t('lineage.loading')}
          </p>
        )}
      </>
    );
  }
  return (
    <div className="lineage-layout">
      <section className="panel panel--section" aria-labelledby="lineage-tree-heading">
        <h2 id="lineage-tree-heading">{t('lineage.forksHeading')}</h2>
        <p className="muted small">{t('lineage.forksIntro')}</p>
        <LineageTree lineage={loaded} />
        {loaded.forks.length === 0 && <p className="muted small">{t('lineage.noForks')}</p>}
      </section>
      <section className="panel panel--section" aria-labelledby="passage-map-heading">
        <h2 id="passage-map-heading">{t('lineage.passagesHeading')}</h2>
        {loaded.forks.length === 0 ? (
          <p className="muted small">{t('lineage.passagesEmpty')}</p>
        ) : (
          <>
            <p className="muted small">{t('lineage.passagesIntro', { n: loaded.forks.length })}</p>
            <p className="passage-legend small" aria-hidden="true">
              <span className="passage-legend__kept">{t('lineage.legendKept')}</span>
              <span className="passage-legend__changed">{t('lineage.legendChanged')}</span>
              <span className="passage-legend__dropped">{t('lineage.legendDropped')}</span>
            </p>
            <PassageMap lineage={loaded} />
          </>
        )}
      </section>
    </div>
  );
}
