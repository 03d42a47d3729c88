import { useState, type ChangeEvent } from 'react';
import type { ContactView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';

/** Whether a contact may sign for their organisation; saved as soon as it is changed. */
export function ContactRoleSelect({ contact, onChanged }: { contact: ContactView; onChanged(): void }) {
  const [role, setRole] = useState(contact.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value as ContactView['role'];
    const previous = role;
    setRole(next);
    setBusy(true);
    setError(null);
    try {
      await apiRequest('PATCH', `/api/users/${contact.id}`, { role: next });
      onChanged();
    } catch (caught) {
      setRole(previous);
      setError(errorMessage(caught, 'The role could not be changed.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <select className="select--compact" aria-label={`Role of ${contact.name}`} value={role} disabled={busy} onChange={(event) => void handleChange(event)}>
        <option value="contact">Contact</option>
        <option value="signatory">May sign for the organisation</option>
      </select>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
