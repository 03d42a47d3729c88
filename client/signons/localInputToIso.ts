const pad = (value: number) => String(Math.trunc(value)).padStart(2, '0');

/**
 * A `datetime-local` value ("2026-03-01T17:00"), read in the viewer's own time zone, as an ISO
 * moment with that zone's offset ("2026-03-01T17:00:00+01:00"): the server keeps the exact moment
 * and the offset says which local time the secretariat meant. Null for an empty or invalid value.
 */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  // Without an offset, the date-time form is read in local time (ECMA-262 Date.parse).
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return null;
  const offset = -moment.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const date = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  const time = `${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}`;
  return `${date}T${time}${sign}${pad(Math.abs(offset) / 60)}:${pad(Math.abs(offset) % 60)}`;
}
