import { dateLocale } from '../i18n/dateLocale.ts';

/**
 * A deadline as the viewer reads it, in `timeZone` (theirs), with the zone named, in the reader's
 * locale: "Friday 14 March 2031, 17:00 (Europe/Amsterdam)". `dateOnly` drops the time ("14 March").
 */
export function formatDeadline(
  iso: string,
  timeZone: string,
  { dateOnly = false, locale = dateLocale() }: { dateOnly?: boolean; locale?: string } = {},
): string {
  if (dateOnly) return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long' }).format(new Date(iso));
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${text} (${timeZone})`;
}
