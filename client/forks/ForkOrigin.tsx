import { Link } from 'react-router';
import type { StatementView, UpstreamView } from '../../shared/api/types.ts';

/** "Fork of <upstream> · <organisation> · Private": where a fork comes from and who sees it; nothing for other statements. */
export function ForkOrigin({ statement, upstream }: { statement: StatementView; upstream: UpstreamView | null }) {
  if (statement.forkOf === null) return null;
  return (
    <p className="fork-origin" data-testid="fork-origin">
      <span>
        Fork of <Link to={`/statements/${encodeURIComponent(statement.forkOf)}`}>{upstream ? upstream.upstream.title : 'its upstream statement'}</Link>
      </span>
      {statement.ownerOrg && <span>{statement.ownerOrg.name}</span>}
      <span className={`fork-origin__visibility fork-origin__visibility--${statement.shared ? 'shared' : 'private'}`}>
        {statement.shared ? 'Shared with the coalition' : 'Private'}
      </span>
    </p>
  );
}
