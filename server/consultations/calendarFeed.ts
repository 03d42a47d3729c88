import type { TFunction } from 'i18next';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { milestoneDates } from '../../shared/consultations/milestoneDates.ts';
import type { MilestoneKind } from '../../shared/consultations/milestones.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { dateLocaleFor } from '../i18n/dateLocaleFor.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { ConsultationLinkRecord, ConsultationMoveRecord, ConsultationRecord, StatementRecord } from '../store/records.ts';

/** One consultation in a feed, with the statements (already filtered by the policy) the reader may see linked to it. */
export interface FeedEntry {
  consultation: ConsultationRecord;
  moves: ConsultationMoveRecord[];
  statements: { statement: StatementRecord; link: ConsultationLinkRecord; path: string }[];
}

/** What a feed is called: the one account's deadlines, or the coalition's public consultations. */
export type FeedName = 'personal' | 'public';

/** A luxon date in the zone: ical-generator writes a Date's UTC wall time under the TZID, a luxon date its local time. */
const inZone = (instant: string, timeZone: string) => DateTime.fromISO(instant).setZone(timeZone);

// i18n-ignore: a date pattern (the words come from the locale)
const MOMENT = "d LLLL yyyy, HH:mm '('z')'";
// i18n-ignore: a date pattern (the words come from the locale)
const DAY = 'd LLLL yyyy';

function milestoneLabel(t: TFunction, kind: MilestoneKind): string {
  switch (kind) {
    case 'commentsClose':
      return t('public:calendar.milestone.commentsClose');
    case 'signOnCloses':
      return t('public:calendar.milestone.signOnCloses');
    case 'publication':
      return t('public:calendar.milestone.publication');
  }
}

/**
 * An iCalendar feed: each consultation's deadline and each listed statement's milestones, its words
 * and dates in `language`. UIDs never change and SEQUENCE counts the moves, so subscribed calendars
 * move an event instead of adding one.
 */
export function calendarFeed(feed: FeedName, origin: string, entries: readonly FeedEntry[], language: Language): string {
  const t = translatorFor(language);
  const locale = dateLocaleFor(language);
  const dateIn = (instant: string, timeZone: string) => DateTime.fromISO(instant).setZone(timeZone).setLocale(locale).toFormat(MOMENT);
  const history = (consultation: ConsultationRecord, moves: readonly ConsultationMoveRecord[]) =>
    moves.map((move) =>
      t('public:calendar.moved', {
        from: dateIn(move.from, consultation.timeZone),
        to: dateIn(move.to, consultation.timeZone),
        reason: move.reason,
        by: move.movedByName,
        on: DateTime.fromISO(move.movedAt).toUTC().setLocale(locale).toFormat(DAY),
      }),
    );
  const host = new URL(origin).host;
  const name = feed === 'personal' ? t('public:calendar.name.personal') : t('public:calendar.name.public');
  // i18n-ignore: the application's name
  const calendar = ical({ name, prodId: { company: 'Accord', product: 'Accord', language: language.toUpperCase() }, ttl: 60 * 60 });
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
      summary: t('public:calendar.deadline', { consultation: consultation.name, body: consultation.body }),
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
          summary: t('public:calendar.milestoneEvent', { milestone: milestoneLabel(t, milestone.kind), title: statement.title }),
          description: [
            t('public:calendar.daysBefore', {
              days: milestone.daysBefore,
              consultation: consultation.name,
              deadline: dateIn(consultation.deadline, consultation.timeZone),
            }),
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
