import { useState } from 'react';
import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** Shares the fork with the whole coalition, or makes it private to its organisation again. */
export function ShareForkPanel({ fork, onChanged }: { fork: StatementView; onChanged(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const organisation = fork.ownerOrg?.name ?? 'your organisation';

  async function handleChange(shared: boolean) {
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/statements/${encodeURIComponent(fork.id)}/sharing`, { shared });
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught, 'The fork could not be shared.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby="share-fork-heading">
      <h2 id="share-fork-heading">Share with the coalition</h2>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={fork.shared}
          checked={fork.shared}
          disabled={busy}
          onChange={(event) => void handleChange(event.target.checked)}
        />
        <span>{fork.shared ? 'Shared with the coalition' : `Private to ${organisation}`}</span>
      </label>
      <p className="muted small">
        {fork.shared
          ? `Every contact in the coalition and the secretariat can read this fork, fork it in turn, and see it in the lineage of the text it comes from. Contacts of other organisations cannot edit it.`
          : `Only contacts of ${organisation} can see this fork: nobody else, not even the secretariat, knows it exists. Share it to let the coalition read it and see what you kept and changed.`}
      </p>
      <FormError message={error} />
    </section>
  );
}
