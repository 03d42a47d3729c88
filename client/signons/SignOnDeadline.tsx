import type { StatementView } from '../../shared/api/types.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { formatUtcAndLocal } from '../time/formatUtcAndLocal.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';
import { timeLeft } from './timeLeft.ts';
import { useNow } from './useNow.ts';

/** What the reader needs to know about sign-on right now, in one line. */
function signOnState(statement: StatementView, closesAt: number | null, now: number): string {
  if (statement.stage === 'drafting')
    return statement.finalVersion === null ? 'Sign-on starts when the final text is frozen' : 'Sign-on is paused: the text is being drafted again';
  const collecting = statement.stage === 'sign-on' || (statement.stage === 'published' && statement.settings.openAfterPublication);
  if (!collecting || !statement.signOnOpen || (closesAt !== null && closesAt <= now)) return 'Sign-on closed';
  return closesAt === null ? 'Sign-on is open, with no deadline' : `Sign-on closes in ${timeLeft(closesAt - now)}`;
}

/**
 * When sign-on closes, in UTC and in the reader's time, with what is left ("Sign-on closes in 2
 * days 4 hours") or that it has closed.
 */
export function SignOnDeadline({ statement }: { statement: StatementView }) {
  const now = useNow();
  const deadline = statement.settings.signOnDeadline;
  const closesAt = deadline === null ? null : Date.parse(deadline);
  const state = signOnState(statement, closesAt, now);
  const { me } = useSession();
  const when = deadline === null ? null : formatUtcAndLocal(deadline, me ? viewerTimeZone(me) : undefined);

  return (
    <div className={`sign-on-deadline${state === 'Sign-on closed' ? ' sign-on-deadline--closed' : ''}`} data-testid="sign-on-deadline">
      <p className="sign-on-deadline__state">{state}</p>
      {when && deadline && (
        <p className="sign-on-deadline__when small">
          Deadline <time dateTime={deadline}>{when.utc}</time>
          <span className="muted"> · {when.local === null ? 'the same in your time zone' : `your time ${when.local}`}</span>
        </p>
      )}
    </div>
  );
}
