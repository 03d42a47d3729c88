import { dateLocale } from '../i18n/dateLocale.ts';

/** "2 Dec 2026, 11:52 CET" in the given zone and the reader's locale. */
export function formatInZone(iso: string, timeZone: string, locale: string = dateLocale()): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
