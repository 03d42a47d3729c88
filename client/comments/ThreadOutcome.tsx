import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { ThreadStatus, ThreadView } from '../../shared/api/types.ts';
import { RelativeTime } from './RelativeTime.tsx';

type Decided = Exclude<ThreadStatus, 'open'>;

/** The decision alone, when nobody is recorded as having made it. */
function decidedLabel(status: Decided, t: TFunction<'comments'>): string {
  switch (status) {
    case 'resolved':
      return t('outcome.resolved');
    case 'accepted':
      return t('outcome.accepted');
    case 'rejected':
      return t('outcome.rejected');
  }
}

/** "<strong>Accepted</strong> by <who>Bea</who>": one message per decision, so translators can reorder it. */
function DecidedBy({ status, name, t }: { status: Decided; name: string; t: TFunction<'comments'> }) {
  const components = { strong: <strong />, who: <span className="thread-outcome__who" /> };
  switch (status) {
    case 'resolved':
      return <Trans t={t} i18nKey="outcome.resolvedBy" values={{ name }} components={components} />;
    case 'accepted':
      return <Trans t={t} i18nKey="outcome.acceptedBy" values={{ name }} components={components} />;
    case 'rejected':
      return <Trans t={t} i18nKey="outcome.rejectedBy" values={{ name }} components={components} />;
  }
}

/** How a decided thread ended, who decided and when. */
export function ThreadOutcome({ thread }: { thread: ThreadView }) {
  const { t } = useTranslation('comments');
  if (thread.status === 'open') return null;
  const decision = thread.events.findLast((event) => event.action === thread.status);
  return (
    <p className={`thread-outcome thread-outcome--${thread.status}`} data-testid="thread-outcome">
      {decision ? (
        <>
          <DecidedBy status={thread.status} name={decision.by.name} t={t} />
          {decision.by.organisation && <span className="muted"> ({decision.by.organisation})</span>}
          {' · '}
          <RelativeTime iso={decision.at} />
          {decision.reason && <span className="thread-outcome__reason">{decision.reason}</span>}
        </>
      ) : (
        <strong>{decidedLabel(thread.status, t)}</strong>
      )}
    </p>
  );
}
