import { useState } from 'react';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/**
 * Pulls upstream changes into the fork, beside its own edits: every change since the last pull,
 * or only the one of `passageKey`.
 */
export function PullButton({ forkId, passageKey, onPulled }: { forkId: string; passageKey?: string; onPulled(): void }) {
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
      setError(errorMessage(caught, one ? 'This change could not be pulled.' : 'The changes could not be pulled.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className={one ? 'pull-change' : 'pull-all'}>
      <button className={one ? 'button button--small' : 'button button--primary'} type="button" disabled={busy} onClick={() => void handlePull()}>
        {busy ? 'Pulling…' : one ? 'Pull this change' : 'Pull all changes'}
      </button>
      <FormError message={error} />
    </span>
  );
}
