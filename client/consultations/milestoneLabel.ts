import { MILESTONE_LABELS, type MilestoneKind } from '../../shared/consultations/milestones.ts';

/** "Sign-on closes (7 days before the deadline)". */
export function milestoneLabel(kind: MilestoneKind, daysBefore: number): string {
  const when = daysBefore === 0 ? 'on the deadline' : daysBefore === 1 ? '1 day before the deadline' : `${daysBefore} days before the deadline`;
  return `${MILESTONE_LABELS[kind]} (${when})`;
}
