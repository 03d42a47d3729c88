import { useNavigate } from 'react-router';
import type { OrganisationDetailView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';

/** Takes an organisation out of the coalition, after saying what that does. */
export function RemoveOrganisationPanel({ organisation }: { organisation: OrganisationDetailView }) {
  const navigate = useNavigate();
  const contacts = organisation.contactCount === 1 ? 'its contact' : `its ${organisation.contactCount} contacts`;

  return (
    <section className="panel panel--section panel--danger" aria-labelledby="remove-organisation-heading">
      <h2 id="remove-organisation-heading">Remove from the coalition</h2>
      <p className="muted small">
        Removes {organisation.name}, {contacts} (signed out at once) and its open invitations. Statements it drafted or signed, and the audit log, keep their
        history.
      </p>
      <ConfirmButton
        label="Remove organisation"
        question={`Remove ${organisation.name} and ${contacts}?`}
        confirmLabel="Remove"
        failure="The organisation could not be removed."
        onConfirm={async () => {
          await apiRequest('DELETE', `/api/orgs/${organisation.id}`);
          navigate('/admin/organisations', { replace: true });
        }}
      />
    </section>
  );
}
