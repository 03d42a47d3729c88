/** The instant as a `datetime-local` value ("2031-03-14T17:00") on the clocks of `timeZone`. */
export function localDateTimeIn(iso: string, timeZone: string): string {
  // A machine format, never shown: a fixed locale gives predictable numeric parts.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
