import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConsultationView, MeView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { useSingleFlight } from '../../api/useSingleFlight.ts';
import { describeMove } from '../../consultations/describeMove.ts';
import { milestoneLabel } from '../../consultations/milestoneLabel.ts';
import { FormError } from '../../layout/FormError.tsx';
import { formatCountdown } from '../../time/formatCountdown.ts';
import { formatDeadline } from '../../time/formatDeadline.ts';
import { viewerTimeZone } from '../../time/viewerTimeZone.ts';
import { AdminLayout } from '../AdminLayout.tsx';
import { EditConsultationForm } from './EditConsultationForm.tsx';
import { MoveDeadlineForm } from './MoveDeadlineForm.tsx';

/** One consultation: its deadline and moves, the statements working towards it, and what needs the secretariat's eye. */
export function ConsultationPage({ me }: { me: MeView }) {
  const { t } = useTranslation('adminConsultations');
  const { id = '' } = useParams();
  const loaded = useApiResource<ConsultationView>(`/api/consultations/${id}`, t('page.notLoaded'));
  const [updated, setUpdated] = useState<ConsultationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const publicChange = useSingleFlight();
  const consultation = updated?.id === id ? updated : loaded.data;
  const zone = viewerTimeZone(me);
  const back = (
    <Link className="back-link" to="/admin/consultations">
      {t('page.back')}
    </Link>
  );

  if (consultation === null) {
    return (
      <AdminLayout me={me} title={t('page.title')} back={back}>
        <FormError message={loaded.error} />
        {!loaded.error && (
          <p className="muted" aria-busy="true">
            {t('page.loading')}
          </p>
        )}
      </AdminLayout>
    );
  }

  async function handlePublicChange(value: boolean) {
    await publicChange.run(async () => {
      setError(null);
      try {
        setUpdated(await apiRequest<ConsultationView>('PATCH', `/api/consultations/${id}`, { public: value }));
      } catch (caught) {
        setError(errorMessage(caught, t('page.publicNotChanged')));
      }
    });
  }

  const titleOf = (statementId: string) => consultation.statements.find((statement) => statement.id === statementId)?.title ?? t('page.aStatement');

  return (
    <AdminLayout me={me} title={consultation.name} back={back} intro={t('page.intro', { body: consultation.body, zone })}>
      <div className="stack">
        <section className="panel panel--section" aria-labelledby="deadline-heading">
          <h2 id="deadline-heading">{t('page.deadline')}</h2>
          <p>
            <strong>{formatDeadline(consultation.deadline, zone)}</strong> · {formatCountdown(consultation.deadline)}
          </p>
          {consultation.timeZone !== zone && (
            <p className="muted">{t('page.setAs', { deadline: formatDeadline(consultation.deadline, consultation.timeZone) })}</p>
          )}
          {consultation.lastMove && <p>{describeMove(consultation.lastMove, zone)}</p>}
          <p>
            <a href={consultation.url} rel="noreferrer noopener" target="_blank">
              {consultation.url}
            </a>
          </p>
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={consultation.public}
              disabled={publicChange.busy}
              onChange={(event) => void handlePublicChange(event.target.checked)}
            />
            <span>{t('page.listPublicly')}</span>
          </label>
          <FormError message={error} />
        </section>

        {consultation.warnings.length > 0 && (
          <section className="notice notice--warn" aria-labelledby="warnings-heading">
            <h2 id="warnings-heading">{t('page.needsAttention')}</h2>
            <ul>
              {consultation.warnings.map((warning) => (
                <li key={`${warning.statementId}-${warning.milestone}`}>
                  <Link to={`/statements/${warning.statementId}`}>{titleOf(warning.statementId)}</Link>: {warning.message}
                </li>
              ))}
            </ul>
          </section>
        )}

        <MoveDeadlineForm key={consultation.deadline} consultation={consultation} onMoved={setUpdated} />

        <section className="panel panel--section" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('page.history')}</h2>
          {consultation.history.length === 0 ? (
            <p className="muted">{t('page.neverMoved')}</p>
          ) : (
            <ol aria-label={t('page.moves')}>
              {[...consultation.history].reverse().map((move) => (
                <li key={move.at}>
                  {describeMove(move, zone)}{' '}
                  <span className="muted">
                    ({move.by.name}, {formatDeadline(move.at, zone)})
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="panel panel--section" aria-labelledby="statements-heading">
          <h2 id="statements-heading">{t('page.linked')}</h2>
          {consultation.statements.length === 0 ? (
            <p className="muted">{t('page.noneLinked')}</p>
          ) : (
            <ul aria-label={t('page.linked')}>
              {consultation.statements.map((statement) => (
                <li key={statement.id}>
                  <Link to={`/statements/${statement.id}`}>{statement.title}</Link>
                  {statement.milestones.length > 0 && (
                    <ul>
                      {statement.milestones.map((milestone) => (
                        <li key={milestone.kind}>
                          {milestoneLabel(milestone.kind, milestone.daysBefore)}: {formatDeadline(milestone.at, zone)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <EditConsultationForm key={`${consultation.name}|${consultation.body}|${consultation.url}`} consultation={consultation} onSaved={setUpdated} />
      </div>
    </AdminLayout>
  );
}
