import { useState } from 'react';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** Merges every upstream change since the last pull into the fork, beside the fork's own edits. */
export function PullAllButton({ forkId, onPulled }: { forkId: string; onPulled(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handlePull() {
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/statements/${encodeURIComponent(forkId)}/upstream/pull`, {});
      onPulled();
    } catch (caught) {
      setError(errorMessage(caught, 'The changes could not be pulled.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pull-all">
      <button className="button button--primary" type="button" disabled={busy} onClick={() => void handlePull()}>
        {busy ? 'Pulling…' : 'Pull all changes'}
      </button>
      <FormError message={error} />
    </div>
  );
}
