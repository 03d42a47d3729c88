import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useToast } from '../layout/Toasts.tsx';

/**
 * What can be decided on a thread, as the server's thread policy says (`thread.can`): resolve or
 * reopen a comment thread; accept or reject a suggestion, a rejection with a reason.
 */
export function ThreadDecisions({ thread, onChanged }: { thread: ThreadView; onChanged: (thread: ThreadView) => void }) {
  const { t } = useTranslation('comments');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const toast = useToast();

  const decide = async (action: 'resolve' | 'reopen' | 'accept' | 'reject', body: object = {}) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await apiRequest<ThreadView>('POST', `/api/threads/${thread.id}/${action}`, body));
      setRejecting(false);
      if (action === 'resolve') {
        // The server reopens a resolved thread: Undo is that request.
        toast({ message: t('decisions.resolved'), undo: async () => onChanged(await apiRequest<ThreadView>('POST', `/api/threads/${thread.id}/reopen`, {})) });
      }
      // Focus moves on from the button that is gone; the toast's live region says what the decision did.
      if (action === 'accept') toast({ message: t('decisions.accepted') });
      if (action === 'reject') toast({ message: t('decisions.rejected') });
    } catch (caught) {
      setError(errorMessage(caught, t('decisions.failed')));
    } finally {
      setBusy(false);
    }
  };

  const handleReject = (event: FormEvent) => {
    event.preventDefault();
    void decide('reject', { reason });
  };

  let buttons = null;
  if (thread.can.includes('thread.resolve')) {
    buttons =
      thread.status === 'open' ? (
        <button className="button button--small" type="button" disabled={busy} onClick={() => void decide('resolve')}>
          {t('decisions.resolve')}
        </button>
      ) : (
        <button className="button button--small button--quiet" type="button" disabled={busy} onClick={() => void decide('reopen')}>
          {t('decisions.reopen')}
        </button>
      );
  } else if (thread.status === 'open' && thread.can.includes('suggestion.reject') && !rejecting) {
    buttons = (
      <>
        {thread.can.includes('suggestion.accept') && (
          <button className="button button--small button--primary" type="button" disabled={busy} onClick={() => void decide('accept')}>
            {t('decisions.accept')}
          </button>
        )}
        <button className="button button--small" type="button" disabled={busy} onClick={() => setRejecting(true)}>
          {t('decisions.reject')}
        </button>
      </>
    );
  }

  return (
    <>
      {buttons && <div className="thread-card__decisions">{buttons}</div>}
      {rejecting && (
        <form className="thread-form reject-form" onSubmit={handleReject}>
          <label className="field">
            {t('decisions.rejectReason')}
            {/* biome-ignore lint/a11y/noAutofocus: the reader pressed Reject and that button is gone; focus moves to the reason it asks for */}
            <textarea name="reason" rows={2} required autoFocus value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="thread-form__buttons">
            <button className="button button--small button--danger-solid" type="submit" disabled={busy || reason.trim() === ''}>
              {t('decisions.rejectSuggestion')}
            </button>
            <button className="button button--small button--quiet" type="button" onClick={() => setRejecting(false)}>
              {t('decisions.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
