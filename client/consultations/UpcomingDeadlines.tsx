import { useTranslation } from 'react-i18next';
import type { ConsultationSummaryView, MeView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { formatCountdown } from '../time/formatCountdown.ts';
import { formatDeadline } from '../time/formatDeadline.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';
import { describeMove } from './describeMove.ts';

/** How many coming deadlines the home page shows; the secretariat's Consultations page has them all. */
const SHOWN = 5;

/** The external deadlines the coalition works towards next, soonest first, counted down in the viewer's zone. */
export function UpcomingDeadlines({ me }: { me: MeView }) {
  const { t } = useTranslation('consultations');
  const consultations = useApiResource<ConsultationSummaryView[]>('/api/consultations', t('errors.deadlinesNotLoaded'));
  const now = Date.now();
  const coming = (consultations.data ?? []).filter((consultation) => Date.parse(consultation.deadline) > now).slice(0, SHOWN);
  if (consultations.error === null && coming.length === 0) return null;
  const zone = viewerTimeZone(me);
  return (
    <section className="panel upcoming-deadlines" aria-labelledby="upcoming-deadlines-heading">
      <h2 id="upcoming-deadlines-heading">{t('upcoming.heading')}</h2>
      <FormError message={consultations.error} />
      <ul className="upcoming-deadlines__list">
        {coming.map((consultation) => (
          <li key={consultation.id} data-testid="upcoming-deadline">
            <a href={consultation.url} target="_blank" rel="noopener noreferrer">
              {consultation.name}
            </a>{' '}
            <span className="muted">({consultation.body})</span>
            <br />
            <strong>{formatCountdown(consultation.deadline, now)}</strong> · {formatDeadline(consultation.deadline, zone)}
            {consultation.lastMove && <span className="muted small"> · {describeMove(consultation.lastMove, zone, t)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
