import { MILESTONE_LABELS, type MilestoneOffsets } from './milestones.ts';
import { milestoneDates } from './milestoneDates.ts';

/** Members need this long between now and the moment they must have decided. */
export const DECISION_TIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface DeadlineWarning {
  statementId: string;
  /** A milestone kind, or `deadline` when no sign-on milestone is set. */
  milestone: string;
  message: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the secretariat should know about one linked statement's dates: milestones already past, and
 * fewer than 7 days left for members to decide (until sign-on closes, or the deadline without one).
 */
export function deadlineWarnings(
  statementId: string,
  consultation: { deadline: string; timeZone: string },
  offsets: MilestoneOffsets,
  now: Date,
): DeadlineWarning[] {
  const warnings: DeadlineWarning[] = [];
  const dates = milestoneDates(consultation.deadline, consultation.timeZone, offsets);
  for (const date of dates) {
    if (Date.parse(date.at) <= now.getTime()) {
      warnings.push({ statementId, milestone: date.kind, message: `${MILESTONE_LABELS[date.kind]} is already past` });
    }
  }
  const signOn = dates.find((date) => date.kind === 'signOnCloses');
  const decideBy = signOn?.at ?? consultation.deadline;
  const left = Date.parse(decideBy) - now.getTime();
  if (left > 0 && left < DECISION_TIME_MS) {
    const days = Math.floor(left / DAY_MS);
    const what = signOn ? 'sign-on closes' : 'the deadline';
    const span = days === 0 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
    warnings.push({ statementId, milestone: signOn ? 'signOnCloses' : 'deadline', message: `Members have ${span} to decide before ${what} (fewer than 7)` });
  }
  return warnings;
}
