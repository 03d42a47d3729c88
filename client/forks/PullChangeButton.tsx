import { useState } from 'react';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** Brings one upstream change (one passage) into the fork, leaving the others for later. */
export function PullChangeButton({ forkId, passageKey, onPulled }: { forkId: string; passageKey: string; onPulled(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handlePull() {
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/statements/${encodeURIComponent(forkId)}/upstream/pull`, { key: passageKey });
      onPulled();
    } catch (caught) {
      setError(errorMessage(caught, 'This change could not be pulled.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="pull-change">
      <button className="button button--small" type="button" disabled={busy} onClick={() => void handlePull()}>
        {busy ? 'Pulling…' : 'Pull this change'}
      </button>
      <FormError message={error} />
    </span>
  );
}
