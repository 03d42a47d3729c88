import { useTranslation } from 'react-i18next';
import type { ConsultationSummaryView, MeView } from '../../shared/api/types.ts';
import { describeMove } from '../consultations/describeMove.ts';
import { formatCountdown } from '../time/formatCountdown.ts';
import { formatDeadline } from '../time/formatDeadline.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';

/** The external deadlines the coalition works towards next, soonest first, counted down in the viewer's zone. */
export function ComingDeadlines({ deadlines, me }: { deadlines: ConsultationSummaryView[]; me: MeView }) {
  const { t } = useTranslation('dashboard');
  const now = Date.now();
  const zone = viewerTimeZone(me);
  return (
    <section className="panel upcoming-deadlines" aria-labelledby="upcoming-deadlines-heading">
      <h2 id="upcoming-deadlines-heading">{t('deadlines.heading')}</h2>
      {deadlines.length === 0 ? (
        <p className="muted" data-testid="deadlines-empty">
          {t('deadlines.empty')}
        </p>
      ) : (
        <ul className="upcoming-deadlines__list">
          {deadlines.map((consultation) => (
            <li key={consultation.id} data-testid="upcoming-deadline">
              <a href={consultation.url} target="_blank" rel="noopener noreferrer">
                {consultation.name}
              </a>{' '}
              <span className="muted">({consultation.body})</span>
              <br />
              <strong>{formatCountdown(consultation.deadline, now)}</strong> · {formatDeadline(consultation.deadline, zone)}
              {consultation.lastMove && <span className="muted small"> · {describeMove(consultation.lastMove, zone)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
