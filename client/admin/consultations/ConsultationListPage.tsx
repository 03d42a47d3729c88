import { Link } from 'react-router';
import type { ConsultationSummaryView, MeView } from '../../../shared/api/types.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { formatCountdown } from '../../time/formatCountdown.ts';
import { formatDeadline } from '../../time/formatDeadline.ts';
import { viewerTimeZone } from '../../time/viewerTimeZone.ts';
import { AdminLayout } from '../AdminLayout.tsx';
import { CreateConsultationForm } from './CreateConsultationForm.tsx';

/** The external processes statements work towards, soonest deadline first. */
export function ConsultationListPage({ me }: { me: MeView }) {
  const consultations = useApiResource<ConsultationSummaryView[]>('/api/consultations', 'The consultations could not be loaded.');
  const zone = viewerTimeZone(me);
  return (
    <AdminLayout me={me} title="Consultations" intro={`External processes and their deadlines, shown in ${zone}.`}>
      <div className="stack">
        <CreateConsultationForm />
        <FormError message={consultations.error} />
        {consultations.data === null && !consultations.error && (
          <p className="muted" aria-busy="true">
            Loading consultations…
          </p>
        )}
        {consultations.data?.length === 0 && (
          <div className="empty-state">
            <h2>No consultations yet</h2>
            <p className="muted">Add the first one above, then link statements to it from their pages.</p>
          </div>
        )}
        {consultations.data && consultations.data.length > 0 && (
          <div className="table-panel">
            <table className="data-table" aria-label="Consultations">
              <thead>
                <tr>
                  <th scope="col">Consultation</th>
                  <th scope="col">Run by</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Countdown</th>
                  <th scope="col">Moves</th>
                </tr>
              </thead>
              <tbody>
                {consultations.data.map((consultation) => (
                  <tr key={consultation.id}>
                    <td>
                      <Link to={`/admin/consultations/${consultation.id}`}>{consultation.name}</Link>
                      {consultation.public && <span className="badge badge--info badge--inline">Public</span>}
                    </td>
                    <td>{consultation.body}</td>
                    <td>{formatDeadline(consultation.deadline, zone)}</td>
                    <td>{formatCountdown(consultation.deadline)}</td>
                    <td>{consultation.moves === 0 ? 'Never moved' : `Moved ${consultation.moves}×`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </AdminLayout>
  );
}
