import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/api/types.ts';
import type { IssuedResetLink } from '../accounts/IssuedResetLink.ts';
import { RemoveAccountButton } from '../accounts/RemoveAccountButton.tsx';
import { ResetPasswordButton } from '../accounts/ResetPasswordButton.tsx';
import { OneTimeLink } from '../OneTimeLink.tsx';
import { TablePanel } from '../../layout/TablePanel.tsx';

/** Secretariat colleagues, with a password reset link and removal (not of oneself). */
export function SecretariatTable({ colleagues, selfId, onChanged }: { colleagues: AccountView[]; selfId: string; onChanged(): void }) {
  const { t } = useTranslation('admin');
  const [resetLink, setResetLink] = useState<IssuedResetLink | null>(null);
  const sorted = [...colleagues].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <TablePanel>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('secretariat.table.colleague')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('secretariat.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((colleague) => (
              <tr key={colleague.id}>
                <th scope="row" className="data-table__person">
                  <strong>
                    {colleague.name}
                    {colleague.id === selfId && <span className="badge badge--info badge--inline">{t('secretariat.you')}</span>}
                  </strong>
                  <span className="muted">{colleague.email}</span>
                </th>
                <td className="data-table__actions">
                  {colleague.id === selfId ? (
                    <span className="muted small">{t('secretariat.ownPassword')}</span>
                  ) : (
                    <>
                      <ResetPasswordButton account={colleague} onIssued={setResetLink} />
                      <RemoveAccountButton account={colleague} onRemoved={onChanged} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TablePanel>
      {resetLink && <OneTimeLink label={t('accounts.resetLinkFor', { name: resetLink.name })} url={resetLink.url} note={t('accounts.resetLinkNote')} />}
    </>
  );
}
