import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/api/types.ts';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { ContactRoleSelect } from '../accounts/ContactRoleSelect.tsx';
import type { IssuedResetLink } from '../accounts/IssuedResetLink.ts';
import { RemoveAccountButton } from '../accounts/RemoveAccountButton.tsx';
import { ResetPasswordButton } from '../accounts/ResetPasswordButton.tsx';
import { OneTimeLink } from '../OneTimeLink.tsx';
import { TablePanel } from '../../layout/TablePanel.tsx';

/** An organisation's contacts: their role, a password reset link, removal. */
export function ContactTable({ contacts, onChanged }: { contacts: ContactView[]; onChanged(): void }) {
  const { t } = useTranslation('organisations');
  const [resetLink, setResetLink] = useState<IssuedResetLink | null>(null);
  const sorted = [...contacts].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <TablePanel>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('contacts.contact')}</th>
              <th scope="col">{t('contacts.role')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('contacts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((contact) => (
              <tr key={contact.id}>
                <th scope="row" className="data-table__person" title={t('contacts.joined', { date: formatDateTime(contact.createdAt) })}>
                  <strong>{contact.name}</strong>
                  <span className="muted">{contact.email}</span>
                </th>
                <td>
                  <ContactRoleSelect contact={contact} onChanged={onChanged} />
                </td>
                <td className="data-table__actions">
                  <ResetPasswordButton account={contact} onIssued={setResetLink} />
                  <RemoveAccountButton account={contact} onRemoved={onChanged} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TablePanel>
      {resetLink && (
        <OneTimeLink label={t('admin:accounts.resetLinkFor', { name: resetLink.name })} url={resetLink.url} note={t('admin:accounts.resetLinkNote')} />
      )}
    </>
  );
}
