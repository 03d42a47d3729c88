import { useNavigate } from 'react-router';
import type { OrganisationView, StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Makes the organisation's own private copy of the statement, after a confirmation, and opens it. */
export function ForkButton({ statement, organisation }: { statement: StatementView; organisation: OrganisationView }) {
  const navigate = useNavigate();

  async function handleFork() {
    const fork = await apiRequest<{ id: string }>('POST', `/api/statements/${encodeURIComponent(statement.id)}/forks`, {});
    navigate(`/statements/${fork.id}`);
  }

  return (
    <span className="fork-button">
      <ConfirmButton
        label={`Fork for ${organisation.name}`}
        question={`Make ${organisation.name}'s own copy of this text? Only your organisation's contacts see it until you share it, and you can pull later coalition changes into it.`}
        confirmLabel="Fork"
        tone="plain"
        failure="The fork could not be made."
        onConfirm={handleFork}
      />
    </span>
  );
}
