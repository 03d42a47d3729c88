import type { Language } from '../../shared/i18n/languages.ts';

/**
 * The locale for dates in mail and on public pages, where no browser says which variant a reader
 * uses: British English (day before month, as the coalition has always written it), French, Spanish.
 */
export function dateLocaleFor(language: Language): string {
  return language === 'en' ? 'en-GB' : language;
}
