import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientSources, findHardCodedText } from './hardCodedText.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Files whose words are still being moved into the catalogues (issue 14). The list only shrinks: a file
 * that has none left must leave it, and no other file may gain one.
 */
const PENDING = new Set([
  'client/statements/DraftersPanel.tsx',
  'client/statements/FrozenStatementText.tsx',
  'client/statements/StageBadge.tsx',
  'client/statements/StatementLinks.tsx',
  'client/statements/StatementListPage.tsx',
  'client/statements/StatementPage.tsx',
  'client/statements/TitleEditor.tsx',
]);

describe('user-visible text', () => {
  const sources = clientSources(ROOT).map((file) => ({ file: path.relative(ROOT, file), found: findHardCodedText(file) }));

  it('comes from the catalogues: no hard-coded words in the interface', () => {
    const hardCoded = sources
      .filter(({ file }) => !PENDING.has(file))
      .flatMap(({ found }) => found.map((text) => `${path.relative(ROOT, text.file)}:${text.line} ${JSON.stringify(text.text)}`));
    expect(hardCoded, 'user-visible words outside the catalogues: use t() (or mark a name that is never translated with i18n-ignore)').toEqual([]);
  });

  it('lists as pending only files that still have hard-coded words', () => {
    const done = sources.filter(({ file, found }) => PENDING.has(file) && found.length === 0).map(({ file }) => file);
    expect(done, 'remove these from PENDING in tests/i18n/noHardCodedText.test.ts').toEqual([]);
    const gone = [...PENDING].filter((file) => !sources.some((source) => source.file === file));
    expect(gone, 'pending files that no longer exist').toEqual([]);
  });

  it('finds words in text, visible attributes, messages and templates, and leaves machine strings alone', () => {
    const source = [
      "import { x } from 'Some Module Name';",
      'export function Sample({ busy }: { busy: boolean }) {',
      "  if (mode === 'Read Only') fetch('/api/some thing');",
      '  return (',
      '    <p className="two words" title="Read this" data-kind="Two Words">',
      '      Hello there',
      "      {busy ? 'Saving…' : t('save')}",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with a template in it
      '      {`${3} days left`}',
      "      {error('Could not load it.')}",
      '      {/* i18n-ignore: a name */}',
      "      {'Accord Name'}",
      '    </p>',
      '  );',
      '}',
    ].join('\n');
    expect(findHardCodedText('sample.tsx', source).map((text) => text.text)).toEqual([
      'Read this',
      'Hello there',
      'Saving…',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the template as written in the sample
      '`${3} days left`',
      'Could not load it.',
    ]);
  });
});
