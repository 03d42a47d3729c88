import type { TFunction } from 'i18next';

// Product and system names, the same in every language.
const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'], // i18n-ignore: a product name
  [/OPR\/|Opera/, 'Opera'], // i18n-ignore: a product name
  [/Firefox\/|FxiOS\//, 'Firefox'], // i18n-ignore: a product name
  [/HeadlessChrome\//, 'Headless Chrome'], // i18n-ignore: a product name
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'], // i18n-ignore: a product name
  [/Safari\//, 'Safari'], // i18n-ignore: a product name
];

// Order matters: iPhones and Androids also claim "Mac OS X" and "Linux".
const SYSTEMS: [RegExp, string][] = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'], // i18n-ignore: a product name
  [/Windows/, 'Windows'], // i18n-ignore: a product name
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'], // i18n-ignore: a product name
];

/** "Firefox on Windows" from a User-Agent header, for telling one's sessions apart, in `t`'s language. */
export function describeBrowser(userAgent: string | null, t: TFunction): string {
  if (!userAgent) return t('account:browser.unknown');
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser) return system ? t('account:browser.programOn', { system }) : t('account:browser.anotherProgram');
  return system ? t('account:browser.browserOn', { browser, system }) : browser;
}
