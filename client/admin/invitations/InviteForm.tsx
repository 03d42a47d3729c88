import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimeLinkView } from '../../../shared/api/types.ts';
import type { AccountRole } from '../../../shared/permissions/roles.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { useSingleFlight } from '../../api/useSingleFlight.ts';
import { FormError } from '../../layout/FormError.tsx';
import { useToast } from '../../layout/Toasts.tsx';
import { SelectField } from '../../layout/SelectField.tsx';
import { OneTimeLink } from '../OneTimeLink.tsx';
import { invitationRoleLabel } from './invitationRoles.ts';

interface InviteFormProps {
  /** The organisation the person joins; null for a secretariat colleague. */
  orgId: string | null;
  roles: readonly AccountRole[];
  onInvited(): void;
}

/** Creates an invitation and shows its link to pass on. */
export function InviteForm({ orgId, roles, onInvited }: InviteFormProps) {
  const { t } = useTranslation('admin');
  const { busy, run } = useSingleFlight();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; url: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const email = String(fields.get('email') ?? '').trim();
    await run(async () => {
      setError(null);
      try {
        const { url } = await apiRequest<OneTimeLinkView>('POST', '/api/invitations', { email, orgId, role: String(fields.get('role') ?? roles[0]) });
        setInvited({ email, url });
        form.reset();
        onInvited();
        toast({ message: t('invitations.invited', { email }) });
      } catch (caught) {
        setError(errorMessage(caught, t('invitations.notCreated')));
      }
    });
  }

  return (
    <>
      <form className="field-row" onSubmit={handleSubmit}>
        <label className="field field--name">
          <span>{t('invitations.form.email')}</span>
          <input name="email" type="email" autoComplete="off" required maxLength={254} placeholder={t('invitations.form.emailPlaceholder')} />
        </label>
        {roles.length > 1 ? (
          <SelectField label={t('invitations.form.role')} name="role" defaultValue={roles[0]}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {invitationRoleLabel(role, t)}
              </option>
            ))}
          </SelectField>
        ) : (
          <input type="hidden" name="role" value={roles[0]} />
        )}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('invitations.form.creating') : t('invitations.form.create')}
        </button>
      </form>
      <FormError message={error} />
      {invited && <OneTimeLink label={t('invitations.linkFor', { email: invited.email })} url={invited.url} note={t('invitations.linkNote')} />}
    </>
  );
}
