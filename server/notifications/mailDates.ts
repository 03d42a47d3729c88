import { DateTime } from 'luxon';
import type { Language } from '../../shared/i18n/languages.ts';
import { dateLocaleFor } from '../i18n/dateLocaleFor.ts';
import type { EmailFrequency } from '../store/records.ts';

/** Digests go out at this hour in the recipient's own zone. */
export const DIGEST_HOUR = 8;

/** `zone` when luxon knows it, else UTC (a stored zone was validated, but zone data can change). */
function zoned(instant: Date | string, zone: string): DateTime {
  const value = typeof instant === 'string' ? DateTime.fromISO(instant, { setZone: false }) : DateTime.fromJSDate(instant);
  const inZone = value.setZone(zone);
  return inZone.isValid ? inZone : value.setZone('UTC');
}

/** "14 March" (with the year when it is not the current one there), in `zone`, in the reader's language. */
export function dayInZone(instant: string, zone: string, now = new Date(), language: Language = 'en'): string {
  const local = zoned(instant, zone).setLocale(dateLocaleFor(language));
  const sameYear = local.year === zoned(now, zone).year;
  if (language === 'en') return local.toFormat(sameYear ? 'd MMMM' : 'd MMMM yyyy');
  return local.toLocaleString({ day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** "Friday 28 March 2027, 17:00 (Europe/Paris)": a deadline as the recipient reads it, in their language. */
export function momentInZone(instant: string, zone: string, language: Language = 'en'): string {
  const local = zoned(instant, zone).setLocale(dateLocaleFor(language));
  const written =
    language === 'en'
      ? local.toFormat('cccc d MMMM yyyy, HH:mm')
      : local.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${written} (${local.zoneName})`;
}

/**
 * The digest period due at `now` for a daily or weekly reader in `zone`: the local date of the
 * latest 08:00 (daily) or Monday 08:00 (weekly) not after `now`. A server down at 08:00 still finds
 * that period due when it comes back; one period is handled once.
 */
export function dueDigestPeriod(now: Date, frequency: Extract<EmailFrequency, 'daily' | 'weekly'>, zone: string): string {
  const local = zoned(now, zone);
  let due = (frequency === 'daily' ? local.startOf('day') : local.startOf('week')).set({ hour: DIGEST_HOUR });
  if (local < due) due = due.minus(frequency === 'daily' ? { days: 1 } : { weeks: 1 });
  return due.toISODate() ?? local.toISODate() ?? now.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which sign-on reminder is due at `now`: `7d` within the last 7 days before the deadline (while
 * more than a day is left), `1d` within the last day, none before that or once it has passed. A
 * deadline already closer than a day when sign-on opens gets only the 1-day reminder.
 */
export function dueReminderLead(deadline: string, now: Date): '7d' | '1d' | null {
  const left = Date.parse(deadline) - now.getTime();
  if (!(left > 0)) return null;
  if (left <= DAY_MS) return '1d';
  return left <= 7 * DAY_MS ? '7d' : null;
}
