import type { ThreadStatus, ThreadView } from '../../shared/api/types.ts';
import { RelativeTime } from './RelativeTime.tsx';

const DECIDED: Record<Exclude<ThreadStatus, 'open'>, string> = {
  resolved: 'Resolved',
  accepted: 'Accepted',
  rejected: 'Rejected',
};

/** How a decided thread ended, who decided and when. */
export function ThreadOutcome({ thread }: { thread: ThreadView }) {
  if (thread.status === 'open') return null;
  const decision = thread.events.findLast((event) => event.action === thread.status);
  return (
    <p className={`thread-outcome thread-outcome--${thread.status}`} data-testid="thread-outcome">
      <strong>{DECIDED[thread.status]}</strong>
      {decision && (
        <>
          {' by '}
          <span className="thread-outcome__who">{decision.by.name}</span>
          {decision.by.organisation && <span className="muted"> ({decision.by.organisation})</span>}
          {' · '}
          <RelativeTime iso={decision.at} />
          {decision.reason && <span className="thread-outcome__reason">{decision.reason}</span>}
        </>
      )}
    </p>
  );
}
