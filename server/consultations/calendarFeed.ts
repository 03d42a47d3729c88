import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { milestoneDates } from '../../shared/consultations/milestoneDates.ts';
import { MILESTONE_LABELS } from '../../shared/consultations/milestones.ts';
import type { ConsultationLinkRecord, ConsultationMoveRecord, ConsultationRecord, StatementRecord } from '../store/records.ts';

/** One consultation in a feed, with the statements (already filtered by the policy) the reader may see linked to it. */
export interface FeedEntry {
  consultation: ConsultationRecord;
  moves: ConsultationMoveRecord[];
  statements: { statement: StatementRecord; link: ConsultationLinkRecord; path: string }[];
}

/** A luxon date in the zone: ical-generator writes a Date's UTC wall time under the TZID, a luxon date its local time. */
const inZone = (instant: string, timeZone: string) => DateTime.fromISO(instant).setZone(timeZone);

const dateIn = (instant: string, timeZone: string) => DateTime.fromISO(instant).setZone(timeZone).toFormat("d LLLL yyyy, HH:mm '('z')'");

function history(consultation: ConsultationRecord, moves: readonly ConsultationMoveRecord[]): string[] {
  return moves.map(
    (move) =>
      `Moved from ${dateIn(move.from, consultation.timeZone)} to ${dateIn(move.to, consultation.timeZone)}: ${move.reason} (${move.movedByName}, ${DateTime.fromISO(move.movedAt).toUTC().toFormat('d LLLL yyyy')})`,
  );
}

/**
 * An iCalendar feed: each consultation's deadline and each listed statement's milestones. UIDs never
 * change and SEQUENCE counts the moves, so subscribed calendars move an event instead of adding one.
 */
export function calendarFeed(name: string, origin: string, entries: readonly FeedEntry[]): string {
  const host = new URL(origin).host;
  const calendar = ical({ name, prodId: { company: 'Accord', product: 'Accord', language: 'EN' }, ttl: 60 * 60 });
  const stamp = new Date();
  for (const { consultation, moves, statements } of entries) {
    const links = statements.map(({ statement, path }) => `${statement.title}: ${origin}${path}`);
    calendar.createEvent({
      id: `consultation-${consultation.id}@${host}`,
      start: inZone(consultation.deadline, consultation.timeZone),
      end: inZone(consultation.deadline, consultation.timeZone),
      timezone: consultation.timeZone,
      sequence: moves.length,
      stamp,
      summary: `Deadline: ${consultation.name} (${consultation.body})`,
      description: [`${consultation.body}: ${consultation.url}`, ...history(consultation, moves), ...links].join('\n'),
      url: statements[0] ? `${origin}${statements[0].path}` : consultation.url,
    });
    for (const { statement, link, path } of statements) {
      for (const milestone of milestoneDates(consultation.deadline, consultation.timeZone, link.milestones)) {
        calendar.createEvent({
          id: `milestone-${statement.id}-${milestone.kind}@${host}`,
          start: inZone(milestone.at, consultation.timeZone),
          end: inZone(milestone.at, consultation.timeZone),
          timezone: consultation.timeZone,
          sequence: link.revision,
          stamp,
          summary: `${MILESTONE_LABELS[milestone.kind]}: ${statement.title}`,
          description: [
            `${milestone.daysBefore} days before the ${consultation.name} deadline (${dateIn(consultation.deadline, consultation.timeZone)}).`,
            ...history(consultation, moves),
            `${origin}${path}`,
          ].join('\n'),
          url: `${origin}${path}`,
        });
      }
    }
  }
  return calendar.toString();
}
