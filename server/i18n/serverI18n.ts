import fs from 'node:fs';
import path from 'node:path';
import { createInstance, type Resource, type ResourceLanguage, type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/i18n/languages.ts';
import { PROJECT_ROOT } from '../projectRoot.ts';

const LOCALES = path.join(PROJECT_ROOT, 'shared/i18n/locales');

/** Every namespace of every language, read once from the same catalogues the client bundles. */
function readCatalogues(): Resource {
  const resources: Resource = {};
  for (const language of LANGUAGES) {
    const folder = path.join(LOCALES, language);
    const namespaces: ResourceLanguage = {};
    for (const file of fs.readdirSync(folder)) {
      if (file.endsWith('.json')) namespaces[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
    }
    resources[language] = namespaces;
  }
  return resources;
}

const i18n = createInstance();
void i18n.use(ICU).init({
  resources: readCatalogues(),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  // Synchronous: the catalogues are already in memory, and mail or a page may be written at once.
  initAsync: false,
  // Callers escape for where the words go (HTML, XML, a mail subject): i18next must not guess.
  interpolation: { escapeValue: false },
});

/** A `t` for one language; keys carry their namespace (`t('mail:reply.subject')`) so the extractor sees it. */
export function translatorFor(language: Language): TFunction {
  return i18n.getFixedT(language);
}
