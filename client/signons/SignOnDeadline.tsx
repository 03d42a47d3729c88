import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { formatUtcAndLocal } from '../time/formatUtcAndLocal.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';
import { timeLeft } from './timeLeft.ts';
import { useNow } from './useNow.ts';

/** What the reader needs to know about sign-on right now, in one line, and whether it has closed. */
function signOnState(statement: StatementView, closesAt: number | null, now: number, t: TFunction): { text: string; closed: boolean } {
  if (statement.stage === 'drafting')
    return { text: statement.finalVersion === null ? t('signons:deadline.notYet') : t('signons:deadline.paused'), closed: false };
  const collecting = statement.stage === 'sign-on' || (statement.stage === 'published' && statement.settings.openAfterPublication);
  if (!collecting || !statement.signOnOpen || (closesAt !== null && closesAt <= now)) return { text: t('signons:deadline.closed'), closed: true };
  return {
    text: closesAt === null ? t('signons:deadline.openNoDeadline') : t('signons:deadline.closesIn', { time: timeLeft(closesAt - now, t) }),
    closed: false,
  };
}

/**
 * When sign-on closes, in UTC and in the reader's time, with what is left ("Sign-on closes in 2
 * days 4 hours") or that it has closed.
 */
export function SignOnDeadline({ statement }: { statement: StatementView }) {
  const { t } = useTranslation('signons');
  const now = useNow();
  const deadline = statement.settings.signOnDeadline;
  const closesAt = deadline === null ? null : Date.parse(deadline);
  const state = signOnState(statement, closesAt, now, t);
  const { me } = useSession();
  const when = deadline === null ? null : formatUtcAndLocal(deadline, me ? viewerTimeZone(me) : undefined);

  return (
    <div className={`sign-on-deadline${state.closed ? ' sign-on-deadline--closed' : ''}`} data-testid="sign-on-deadline">
      <p className="sign-on-deadline__state">{state.text}</p>
      {when && deadline && (
        <p className="sign-on-deadline__when small">
          <Trans t={t} i18nKey="deadline.when" values={{ utc: when.utc }} components={{ time: <time dateTime={deadline} /> }} />
          <span className="muted"> · {when.local === null ? t('deadline.sameZone') : t('deadline.yourTime', { local: when.local })}</span>
        </p>
      )}
    </div>
  );
}
