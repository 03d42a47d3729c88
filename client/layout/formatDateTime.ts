import { dateLocale } from '../i18n/dateLocale.ts';

// One formatter per locale and precision, made when first needed: the language can change while the app runs.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${seconds}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' });
    formats.set(key, format);
  }
  return format;
}

/** A moment in the reader's local time and locale, e.g. "2 Dec 2026, 11:52"; with seconds for the audit log. */
export function formatDateTime(iso: string, { seconds = false, locale = dateLocale() }: { seconds?: boolean; locale?: string } = {}): string {
  return formatFor(locale, seconds).format(new Date(iso));
}
