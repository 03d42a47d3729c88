import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganisationView, StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Makes the organisation's own private copy of the statement, after a confirmation, and opens it. */
export function ForkButton({ statement, organisation }: { statement: StatementView; organisation: OrganisationView }) {
  const { t } = useTranslation('forks');
  const navigate = useNavigate();

  async function handleFork() {
    const fork = await apiRequest<{ id: string }>('POST', `/api/statements/${encodeURIComponent(statement.id)}/forks`, {});
    navigate(`/statements/${fork.id}`);
  }

  return (
    <span className="fork-button">
      <ConfirmButton
        label={t('fork.button', { organisation: organisation.name })}
        question={t('fork.question', { organisation: organisation.name })}
        confirmLabel={t('fork.confirm')}
        tone="plain"
        failure={t('fork.failed')}
        onConfirm={handleFork}
      />
    </span>
  );
}
