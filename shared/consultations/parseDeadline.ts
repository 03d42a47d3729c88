import { DateTime, IANAZone } from 'luxon';

export type ParsedDeadline = { ok: true; at: string } | { ok: false; message: string };

/**
 * A deadline typed as a local date-time (`2027-03-14T17:00`) in an IANA zone, or an ISO date-time with
 * its own offset, as the UTC instant it names; a clear message when the zone or the date is not real.
 */
export function parseDeadline(deadline: string, timeZone: string): ParsedDeadline {
  if (!IANAZone.isValidZone(timeZone)) return { ok: false, message: `Unknown time zone "${timeZone}"` };
  const parsed = DateTime.fromISO(deadline, { zone: timeZone, setZone: false });
  if (!parsed.isValid) return { ok: false, message: `"${deadline}" is not a date and time (write it like 2027-03-14T17:00)` };
  return { ok: true, at: parsed.toUTC().toISO({ suppressMilliseconds: true }) ?? '' };
}
