import { Trans, useTranslation } from 'react-i18next';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { formatCountdown } from '../time/formatCountdown.ts';
import { formatDeadline } from '../time/formatDeadline.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';
import { ConsultationLinkForm } from './ConsultationLinkForm.tsx';
import { describeMove } from './describeMove.ts';
import { milestoneLabel } from './milestoneLabel.ts';

/** The consultation a statement works towards: its deadline (and last move), the statement's milestones, a countdown. */
export function ConsultationPanel({ me, statement, onChanged }: { me: MeView; statement: StatementView; onChanged(statement: StatementView): void }) {
  const { t } = useTranslation('consultations');
  const { consultation } = statement;
  const manage = statement.can.includes('statement.editSettings');
  if (consultation === null && !manage) return null;
  const zone = viewerTimeZone(me);
  return (
    <section className="panel" aria-labelledby="consultation-heading">
      <h2 id="consultation-heading">{t('panel.heading')}</h2>
      {consultation === null ? (
        <p className="muted">{t('panel.notLinked')}</p>
      ) : (
        <>
          <p>
            <strong>{consultation.name}</strong>
          </p>
          <p data-testid="consultation-deadline">
            <Trans
              t={t}
              i18nKey="panel.deadline"
              values={{ deadline: formatDeadline(consultation.deadline, zone), countdown: formatCountdown(consultation.deadline) }}
              components={{ countdown: <span data-testid="deadline-countdown" /> }}
            />
          </p>
          {consultation.lastMove && <p data-testid="deadline-move">{describeMove(consultation.lastMove, zone, t)}</p>}
          {statement.milestones.length > 0 && (
            <ul aria-label={t('panel.milestones')}>
              {statement.milestones.map((milestone) => (
                <li key={milestone.kind}>
                  {t('panel.milestoneAt', { milestone: milestoneLabel(milestone.kind, milestone.daysBefore, t), when: formatDeadline(milestone.at, zone) })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {statement.warnings.length > 0 && (
        <div className="notice notice--warn" role="status">
          <ul aria-label={t('panel.warnings')}>
            {statement.warnings.map((warning) => (
              <li key={warning.milestone}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      {manage && (
        <ConsultationLinkForm statement={statement} onChanged={onChanged} key={`${consultation?.id ?? 'none'}-${JSON.stringify(statement.milestoneOffsets)}`} />
      )}
    </section>
  );
}
