// The catalogues are written from the code (`npm run i18n:extract`): every key the code uses, none it
// does not. tests/i18n/catalogues.test.ts runs the same extraction into a copy and fails on any difference.
export default {
  locales: ['en', 'fr', 'es'],
  input: ['client/**/*.{ts,tsx}', 'server/**/*.ts', 'shared/**/*.ts'],
  output: `${process.env.ACCORD_I18N_OUTPUT ?? 'shared/i18n/locales'}/$LOCALE/$NAMESPACE.json`,
  defaultNamespace: 'common',
  namespaceSeparator: ':',
  keySeparator: '.',
  // ICU messages carry their own plurals (`{n, plural, one {…} other {…}}`): no _one/_other keys.
  pluralSeparator: false,
  contextSeparator: false,
  keepRemoved: false,
  createOldCatalogs: false,
  sort: true,
  indentation: 2,
  lineEnding: 'lf',
  // A new key gets an empty translation: the catalogue test names it until someone writes it.
  defaultValue: '',
  lexers: { ts: ['JavascriptLexer'], tsx: ['JsxLexer'], default: ['JavascriptLexer'] },
};
