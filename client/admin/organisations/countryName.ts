import { dateLocale } from '../../i18n/dateLocale.ts';

const names = new Map<string, Intl.DisplayNames>();

/** "Netherlands" for NL, in the reader's language; the code itself if the browser has no name for it. */
export function countryName(code: string, locale: string = dateLocale()): string {
  let displayNames = names.get(locale);
  if (displayNames === undefined) {
    displayNames = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    names.set(locale, displayNames);
  }
  try {
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}
