import { dateLocale } from '../i18n/dateLocale.ts';

/** A file size for people: "340 kB", "2.4 MB", in the reader's number format. */
export function formatBytes(bytes: number): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(dateLocale(), {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1_000)));
}
