import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { useSingleFlight } from '../../api/useSingleFlight.ts';
import { useToast } from '../../layout/Toasts.tsx';

/** Whether a contact may sign for their organisation; saved as soon as it is changed. */
export function ContactRoleSelect({ contact, onChanged }: { contact: ContactView; onChanged(): void }) {
  const { t } = useTranslation('admin');
  const [role, setRole] = useState(contact.role);
  const { busy, run } = useSingleFlight();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);

  async function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value as ContactView['role'];
    await run(async () => {
      const previous = role;
      setRole(next);
      setError(null);
      try {
        await apiRequest('PATCH', `/api/users/${contact.id}`, { role: next });
        onChanged();
        toast({
          message: next === 'signatory' ? t('accounts.madeSignatory', { name: contact.name }) : t('accounts.madeContact', { name: contact.name }),
          // The server can change it back: the same request with the earlier role.
          undo: async () => {
            await apiRequest('PATCH', `/api/users/${contact.id}`, { role: previous });
            setRole(previous);
            onChanged();
          },
        });
      } catch (caught) {
        setRole(previous);
        setError(errorMessage(caught, t('accounts.roleNotChanged')));
      }
    });
  }

  return (
    <>
      <select
        className="select--compact"
        aria-label={t('accounts.roleOf', { name: contact.name })}
        value={role}
        disabled={busy}
        onChange={(event) => void handleChange(event)}
      >
        <option value="contact">{t('accounts.roles.contact')}</option>
        <option value="signatory">{t('accounts.roles.signatory')}</option>
      </select>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
