import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationSummaryView, MeView } from '../../../shared/api/types.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { formatCountdown } from '../../time/formatCountdown.ts';
import { formatDeadline } from '../../time/formatDeadline.ts';
import { viewerTimeZone } from '../../time/viewerTimeZone.ts';
import { AdminLayout } from '../AdminLayout.tsx';
import { CreateConsultationForm } from './CreateConsultationForm.tsx';
import { TablePanel } from '../../layout/TablePanel.tsx';

/** The external processes statements work towards, soonest deadline first. */
export function ConsultationListPage({ me }: { me: MeView }) {
  const { t } = useTranslation('adminConsultations');
  const consultations = useApiResource<ConsultationSummaryView[]>('/api/consultations', t('list.notLoaded'));
  const zone = viewerTimeZone(me);
  return (
    <AdminLayout me={me} title={t('list.title')} intro={t('list.intro', { zone })}>
      <div className="stack">
        <CreateConsultationForm />
        <FormError message={consultations.error} />
        {consultations.data === null && !consultations.error && (
          <p className="muted" aria-busy="true">
            {t('list.loading')}
          </p>
        )}
        {consultations.data?.length === 0 && (
          <div className="empty-state">
            <h2>{t('list.emptyTitle')}</h2>
            <p className="muted">{t('list.emptyHint')}</p>
          </div>
        )}
        {consultations.data && consultations.data.length > 0 && (
          <TablePanel>
            <table className="data-table" aria-label={t('list.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('list.table.consultation')}</th>
                  <th scope="col">{t('list.table.runBy')}</th>
                  <th scope="col">{t('list.table.deadline')}</th>
                  <th scope="col">{t('list.table.countdown')}</th>
                  <th scope="col">{t('list.table.moves')}</th>
                </tr>
              </thead>
              <tbody>
                {consultations.data.map((consultation) => (
                  <tr key={consultation.id}>
                    <td>
                      <Link to={`/admin/consultations/${consultation.id}`}>{consultation.name}</Link>
                      {consultation.public && <span className="badge badge--info badge--inline">{t('list.public')}</span>}
                    </td>
                    <td>{consultation.body}</td>
                    <td>{formatDeadline(consultation.deadline, zone)}</td>
                    <td>{formatCountdown(consultation.deadline)}</td>
                    <td>{t('list.moved', { n: consultation.moves })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TablePanel>
        )}
      </div>
    </AdminLayout>
  );
}
