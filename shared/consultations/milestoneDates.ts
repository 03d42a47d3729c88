import { DateTime } from 'luxon';
import { MILESTONE_KINDS, type MilestoneKind, type MilestoneOffsets } from './milestones.ts';

export interface MilestoneDate {
  kind: MilestoneKind;
  daysBefore: number;
  /** UTC instant. */
  at: string;
}

/**
 * `daysBefore` calendar days before `deadline`, counted in the consultation's zone: "7 days before"
 * keeps the local wall time (17:00 stays 17:00 across a change to or from summer time).
 */
export function dateBefore(deadline: string, timeZone: string, daysBefore: number): string {
  const local = DateTime.fromISO(deadline, { zone: timeZone });
  return local.minus({ days: daysBefore }).toUTC().toISO({ suppressMilliseconds: true }) ?? deadline;
}

/** The statement's milestones that are set, as dates, in the order they fall. */
export function milestoneDates(deadline: string, timeZone: string, offsets: MilestoneOffsets): MilestoneDate[] {
  return MILESTONE_KINDS.flatMap((kind) => {
    const daysBefore = offsets[kind];
    return daysBefore === null ? [] : [{ kind, daysBefore, at: dateBefore(deadline, timeZone, daysBefore) }];
  }).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
