import { useState, type FormEvent } from 'react';
import type { OneTimeLinkView } from '../../../shared/api/types.ts';
import type { AccountRole } from '../../../shared/permissions/roles.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { FormError } from '../../layout/FormError.tsx';
import { SelectField } from '../../layout/SelectField.tsx';
import { OneTimeLink } from '../OneTimeLink.tsx';
import { INVITATION_ROLE_LABELS } from './invitationRoles.ts';

interface InviteFormProps {
  /** The organisation the person joins; null for a secretariat colleague. */
  orgId: string | null;
  roles: readonly AccountRole[];
  onInvited(): void;
}

/** Creates an invitation and shows its link to pass on. */
export function InviteForm({ orgId, roles, onInvited }: InviteFormProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; url: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const email = String(fields.get('email') ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const { url } = await apiRequest<OneTimeLinkView>('POST', '/api/invitations', { email, orgId, role: String(fields.get('role') ?? roles[0]) });
      setInvited({ email, url });
      form.reset();
      onInvited();
    } catch (caught) {
      setError(errorMessage(caught, 'The invitation could not be created.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form className="field-row" onSubmit={handleSubmit}>
        <label className="field field--name">
          <span>E-mail</span>
          <input name="email" type="email" autoComplete="off" required maxLength={254} placeholder="name@example.org" />
        </label>
        {roles.length > 1 ? (
          <SelectField label="Role" name="role" defaultValue={roles[0]}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {INVITATION_ROLE_LABELS[role]}
              </option>
            ))}
          </SelectField>
        ) : (
          <input type="hidden" name="role" value={roles[0]} />
        )}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create invitation link'}
        </button>
      </form>
      <FormError message={error} />
      {invited && (
        <OneTimeLink label={`Invitation link for ${invited.email}`} url={invited.url} note="Send it to them yourself. It works once and expires in 7 days." />
      )}
    </>
  );
}
