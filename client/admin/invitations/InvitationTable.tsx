import type { InvitationView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { formatWhen } from '../../statements/formatWhen.ts';
import { INVITATION_ROLE_LABELS } from './invitationRoles.ts';
import { InvitationStatusBadge } from './InvitationStatusBadge.tsx';

/** Invitations sent, newest first, with Revoke for those still open. */
export function InvitationTable({ invitations, onRevoked }: { invitations: InvitationView[]; onRevoked(): void }) {
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <div className="table-panel">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Sent</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((invitation) => (
            <tr key={invitation.id} data-testid="invitation-row">
              <th scope="row" className="data-table__plain">
                {invitation.email}
              </th>
              <td>{INVITATION_ROLE_LABELS[invitation.role]}</td>
              <td>
                <InvitationStatusBadge status={invitation.status} />
                {invitation.status === 'pending' && <span className="muted small"> until {formatDateTime(invitation.expiresAt)}</span>}
              </td>
              <td className="data-table__nowrap" title={formatDateTime(invitation.createdAt)}>
                {formatWhen(invitation.createdAt)}
              </td>
              <td className="data-table__actions">
                {invitation.status === 'pending' && (
                  <ConfirmButton
                    label="Revoke"
                    accessibleLabel={`Revoke the invitation for ${invitation.email}`}
                    question="Its link stops working."
                    confirmLabel="Revoke"
                    failure="The invitation could not be revoked."
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
    </div>
  );
}
