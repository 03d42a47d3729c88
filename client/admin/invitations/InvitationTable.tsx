import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { formatWhen } from '../../statements/formatWhen.ts';
import { invitationRoleLabel } from './invitationRoles.ts';
import { InvitationStatusBadge } from './InvitationStatusBadge.tsx';
import { TablePanel } from '../../layout/TablePanel.tsx';

/** Invitations sent, newest first, with Revoke for those still open. */
export function InvitationTable({ invitations, onRevoked }: { invitations: InvitationView[]; onRevoked(): void }) {
  const { t } = useTranslation('admin');
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <TablePanel>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('invitations.table.email')}</th>
            <th scope="col">{t('invitations.table.role')}</th>
            <th scope="col">{t('invitations.table.status')}</th>
            <th scope="col">{t('invitations.table.sent')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('invitations.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((invitation) => (
            <tr key={invitation.id} data-testid="invitation-row">
              <th scope="row" className="data-table__plain">
                {invitation.email}
              </th>
              <td>{invitationRoleLabel(invitation.role, t)}</td>
              <td>
                <InvitationStatusBadge status={invitation.status} />
                {invitation.status === 'pending' && (
                  <span className="muted small"> {t('invitations.until', { date: formatDateTime(invitation.expiresAt) })}</span>
                )}
              </td>
              <td className="data-table__nowrap" title={formatDateTime(invitation.createdAt)}>
                {formatWhen(invitation.createdAt)}
              </td>
              <td className="data-table__actions">
                {invitation.status === 'pending' && (
                  <ConfirmButton
                    label={t('invitations.revoke')}
                    accessibleLabel={t('invitations.revokeFor', { email: invitation.email })}
                    question={t('invitations.revokeQuestion')}
                    confirmLabel={t('invitations.revokeConfirm')}
                    failure={t('invitations.notRevoked')}
                    onConfirm={async () => {
                      await apiRequest('DELETE', `/api/invitations/${invitation.id}`);
                      onRevoked();
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TablePanel>
  );
}
