import { useId, useState, type FormEvent } from 'react';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** Keeps the current text under a name, for good. */
export function NameVersionForm({ statementId, onNamed }: { statementId: string; onNamed(): void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [named, setNamed] = useState<{ number: number; name: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await apiRequest<{ number: number }>('POST', `/api/statements/${encodeURIComponent(statementId)}/versions`, { name });
      setNamed({ number: created.number, name: name.trim() });
      setName('');
      onNamed();
    } catch (caught) {
      setError(errorMessage(caught, 'The version could not be named.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel panel--section" onSubmit={(event) => void handleSubmit(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Name a version</h2>
      <p className="muted small">
        Keeps the current text exactly as it is now, under a name. A named version never changes: it can be read, compared and restored later.
      </p>
      <div className="field">
        <label htmlFor={id}>Name</label>
        <input id={id} name="name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} placeholder="e.g. Sent to members" />
      </div>
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={busy || name.trim() === ''}>
          {busy ? 'Naming…' : 'Name this version'}
        </button>
      </div>
      {named && (
        <p className="form-success" role="status">
          Named version {named.number}, “{named.name}”.
        </p>
      )}
      <FormError message={error} />
    </form>
  );
}
