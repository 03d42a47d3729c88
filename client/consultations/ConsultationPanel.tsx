import type { MeView, StatementView } from '../../shared/api/types.ts';
import { formatCountdown } from '../time/formatCountdown.ts';
import { formatDeadline } from '../time/formatDeadline.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';
import { ConsultationLinkForm } from './ConsultationLinkForm.tsx';
import { describeMove } from './describeMove.ts';
import { milestoneLabel } from './milestoneLabel.ts';

/** The consultation a statement works towards: its deadline (and last move), the statement's milestones, a countdown. */
export function ConsultationPanel({ me, statement, onChanged }: { me: MeView; statement: StatementView; onChanged(statement: StatementView): void }) {
  const { consultation } = statement;
  const manage = statement.can.includes('statement.editSettings');
  if (consultation === null && !manage) return null;
  const zone = viewerTimeZone(me);
  return (
    <section className="panel" aria-labelledby="consultation-heading">
      <h2 id="consultation-heading">Consultation</h2>
      {consultation === null ? (
        <p className="muted">Not linked to a consultation.</p>
      ) : (
        <>
          <p>
            <strong>{consultation.name}</strong>
          </p>
          <p data-testid="consultation-deadline">
            Deadline: {formatDeadline(consultation.deadline, zone)} · <span data-testid="deadline-countdown">{formatCountdown(consultation.deadline)}</span>
          </p>
          {consultation.lastMove && <p data-testid="deadline-move">{describeMove(consultation.lastMove, zone)}</p>}
          {statement.milestones.length > 0 && (
            <ul aria-label="Milestones">
              {statement.milestones.map((milestone) => (
                <li key={milestone.kind}>
                  {milestoneLabel(milestone.kind, milestone.daysBefore)}: {formatDeadline(milestone.at, zone)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {statement.warnings.length > 0 && (
        <div className="notice notice--warn" role="status">
          <ul aria-label="Deadline warnings">
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
