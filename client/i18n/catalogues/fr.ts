/** Every fr catalogue, one module (and one chunk) per language: loaded only when that language is chosen. */
export default import.meta.glob<Record<string, unknown>>('../../../shared/i18n/locales/fr/*.json', { eager: true, import: 'default' });
