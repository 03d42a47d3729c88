import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganisationDetailView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';

/** Takes an organisation out of the coalition, after saying what that does. */
export function RemoveOrganisationPanel({ organisation }: { organisation: OrganisationDetailView }) {
  const navigate = useNavigate();
  const { t } = useTranslation('organisations');
  const about = { name: organisation.name, contacts: organisation.contactCount };

  return (
    <section className="panel panel--section panel--danger" aria-labelledby="remove-organisation-heading">
      <h2 id="remove-organisation-heading">{t('remove.heading')}</h2>
      <p className="muted small">{t('remove.explanation', about)}</p>
      <ConfirmButton
        label={t('remove.button')}
        question={t('remove.question', about)}
        confirmLabel={t('remove.confirm')}
        failure={t('remove.failed')}
        onConfirm={async () => {
          await apiRequest('DELETE', `/api/orgs/${organisation.id}`);
          navigate('/admin/organisations', { replace: true });
        }}
      />
    </section>
  );
}
