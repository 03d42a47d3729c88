import type { LineageView, MeView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { StatementSubpage } from '../versions/StatementSubpage.tsx';
import { LineageTree } from './LineageTree.tsx';
import { PassageMap } from './PassageMap.tsx';

/** `/statements/:id/lineage`: the shared forks of a statement, and which of its passages travelled. */
export function LineagePage({ me }: { me: MeView }) {
  return (
    <StatementSubpage
      me={me}
      title="Lineage"
      intro="The forks member organisations made of this text and shared with the coalition, and what each did with its passages."
    >
      {(statement) => <Lineage statementId={statement.id} />}
    </StatementSubpage>
  );
}

function Lineage({ statementId }: { statementId: string }) {
  const lineage = useApiResource<LineageView>(`/api/statements/${encodeURIComponent(statementId)}/lineage`, 'The lineage could not be loaded.');
  const loaded = lineage.data;
  if (loaded === null) {
    return (
      <>
        <FormError message={lineage.error} />
        {!lineage.error && (
          <p className="muted" aria-busy="true">
            Tracing the forks…
          </p>
        )}
      </>
    );
  }
  return (
    <div className="lineage-layout">
      <section className="panel panel--section" aria-labelledby="lineage-tree-heading">
        <h2 id="lineage-tree-heading">Forks</h2>
        <p className="muted small">
          Counts compare each fork with the text it was forked from. Private forks are not shown: a fork is its organisation's own until it shares it.
        </p>
        <LineageTree lineage={loaded} />
        {loaded.forks.length === 0 && <p className="muted small">No organisation has shared a fork of this text yet.</p>}
      </section>
      <section className="panel panel--section" aria-labelledby="passage-map-heading">
        <h2 id="passage-map-heading">How far each passage travelled</h2>
        {loaded.forks.length === 0 ? (
          <p className="muted small">Once forks are shared, this shows which passages they kept, changed or dropped.</p>
        ) : (
          <>
            <p className="muted small">
              Across the {loaded.forks.length} {loaded.forks.length === 1 ? 'fork' : 'forks'} made directly from this text; the passages most forks carried come
              first.
            </p>
            <p className="passage-legend small" aria-hidden="true">
              <span className="passage-legend__kept">Kept</span>
              <span className="passage-legend__changed">Changed</span>
              <span className="passage-legend__dropped">Dropped</span>
            </p>
            <PassageMap lineage={loaded} />
          </>
        )}
      </section>
    </div>
  );
}
