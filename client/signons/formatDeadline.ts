const inUtc = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const inLocal = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const zoneName = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });

/**
 * A deadline both ways: in UTC, the one time every member in every time zone can quote, and in the
 * reader's own time with its zone named, so nobody converts in their head. `local` is null when
 * the reader's clock shows UTC at that moment: the same time twice would only confuse.
 */
export function formatDeadline(iso: string): { utc: string; local: string | null } {
  const moment = new Date(iso);
  if (moment.getTimezoneOffset() === 0) return { utc: `${inUtc.format(moment)} UTC`, local: null };
  const zone = zoneName.formatToParts(moment).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return { utc: `${inUtc.format(moment)} UTC`, local: `${inLocal.format(moment)}${zone ? ` ${zone}` : ''}` };
}
