import i18next from 'i18next';

/**
 * The locale for dates and numbers: the browser's own variant of the interface language when it has one
 * (en-GB, fr-CA: day-month order, 24-hour clock, as the reader is used to), else the language itself.
 */
export function dateLocale(language: string = i18next.language): string {
  return navigator.languages.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}
