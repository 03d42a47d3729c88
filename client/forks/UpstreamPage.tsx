import type { MeView } from '../../shared/api/types.ts';
import { StatementSubpage } from '../versions/StatementSubpage.tsx';
import { ForkUpstream } from './ForkUpstream.tsx';

/** `/statements/:id/upstream`: for a fork, the text it comes from and what changed there. */
export function UpstreamPage({ me }: { me: MeView }) {
  return (
    <StatementSubpage
      me={me}
      title="Upstream changes"
      intro="The text this fork comes from: what changed there since your last pull, and what this fork can offer back."
    >
      {(statement, reload) =>
        statement.forkOf === null ? (
          <div className="empty-state">
            <h2>Not a fork</h2>
            <p className="muted">This statement is not a copy of another one, so it has no upstream text to pull from.</p>
          </div>
        ) : (
          <ForkUpstream fork={statement} me={me} onChanged={reload} />
        )
      }
    </StatementSubpage>
  );
}
