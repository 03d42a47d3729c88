import { dateLocale } from '../i18n/dateLocale.ts';
import { browserTimeZone } from './timeZones.ts';

/** The offset of `timeZone` from UTC at `moment`, in minutes (0 for UTC itself). */
function offsetAt(moment: Date, timeZone: string): number {
  // Read by the code, never shown: a fixed locale gives predictable numeric parts.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  })
    .formatToParts(moment)
    .reduce<Record<string, number>>((all, part) => (part.type === 'literal' ? all : { ...all, [part.type]: Number(part.value) }), {});
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  return Math.round((wall - Math.floor(moment.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * A deadline both ways: in UTC, the one time every member in every time zone can quote, and in the
 * reader's own zone (their chosen one, else the browser's) with its name, so nobody converts in
 * their head. `local` is null when that zone shows UTC at that moment: the same time twice would
 * only confuse. Both are written in the reader's `locale`.
 */
export function formatUtcAndLocal(iso: string, timeZone: string = browserTimeZone(), locale: string = dateLocale()): { utc: string; local: string | null } {
  const moment = new Date(iso);
  const utc = `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(moment)} UTC`;
  if (offsetAt(moment, timeZone) === 0) return { utc, local: null };
  const local = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(moment);
  const zone =
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(moment).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return { utc, local: `${local}${zone ? ` ${zone}` : ''}` };
}
