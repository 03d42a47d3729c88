import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/**
 * Pulls upstream changes into the fork, beside its own edits: every change since the last pull,
 * or only the one of `passageKey`.
 */
export function PullButton({ forkId, passageKey, onPulled }: { forkId: string; passageKey?: string; onPulled(): void }) {
  const { t } = useTranslation('forks');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const one = passageKey !== undefined;

  async function handlePull() {
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/statements/${encodeURIComponent(forkId)}/upstream/pull`, one ? { key: passageKey } : {});
      onPulled();
    } catch (caught) {
      setError(errorMessage(caught, one ? t('pull.oneFailed') : t('pull.allFailed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className={one ? 'pull-change' : 'pull-all'}>
      <button className={one ? 'button button--small' : 'button button--primary'} type="button" disabled={busy} onClick={() => void handlePull()}>
        {busy ? t('pull.pulling') : one ? t('pull.one') : t('pull.all')}
      </button>
      <FormError message={error} />
    </span>
  );
}
