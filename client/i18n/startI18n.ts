import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { chooseLanguage, DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages.ts';

const STORAGE_KEY = 'accord.language';

const catalogues: Record<Language, () => Promise<{ default: Record<string, Record<string, unknown>> }>> = {
  en: () => import('./catalogues/en.ts'),
  fr: () => import('./catalogues/fr.ts'),
  es: () => import('./catalogues/es.ts'),
};

/** Adds a language's catalogues (every namespace) to i18next, once. */
async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const { default: files } = await catalogues[language]();
  for (const [file, resources] of Object.entries(files)) {
    const namespace = /\/([^/]+)\.json$/.exec(file)?.[1];
    if (namespace !== undefined) i18next.addResourceBundle(language, namespace, resources, true, true);
  }
}

/** The language to start in: the one last chosen on this device, else the browser's. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : chooseLanguage(navigator.languages);
}

/** Starts i18next with ICU messages (plurals, selects, numbers) in `language`, before the first render. */
export async function startI18n(language: Language): Promise<void> {
  await i18next
    .use(ICU)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      defaultNS: 'common',
      ns: [],
      resources: {},
      partialBundledLanguages: true,
      // React escapes what it renders; escaping here too would show &amp; to people.
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  await loadLanguage(language);
  if (language !== DEFAULT_LANGUAGE) await loadLanguage(DEFAULT_LANGUAGE);
  document.documentElement.lang = language;
}

/** Forgets this device's choice and follows the browser's language again. */
export async function followBrowserLanguage(): Promise<void> {
  localStorage.removeItem(STORAGE_KEY);
  const language = chooseLanguage(navigator.languages);
  await loadLanguage(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

/** Switches the interface to `language` (loading its catalogues first) and remembers it on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}
