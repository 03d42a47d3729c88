import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientSources, findHardCodedText, serverWordingSources } from './hardCodedText.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('user-visible text', () => {
  const sources = clientSources(ROOT).map((file) => ({ file: path.relative(ROOT, file), found: findHardCodedText(file) }));

  it('comes from the catalogues: no hard-coded words in the interface', () => {
    const hardCoded = sources.flatMap(({ found }) => found.map((text) => `${path.relative(ROOT, text.file)}:${text.line} ${JSON.stringify(text.text)}`));
    expect(hardCoded, 'user-visible words outside the catalogues: use t() (or mark a name that is never translated with i18n-ignore)').toEqual([]);
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

/** Server files whose words are still to move into the catalogues. */
const SERVER_PENDING = new Set<string>([]);

describe('words the server writes (mail and public pages)', () => {
  const sources = serverWordingSources(ROOT).map((file) => ({
    file: path.relative(ROOT, file),
    found: findHardCodedText(file, undefined, { server: true }),
  }));

  it('come from the catalogues: no hard-coded words in mail or public pages', () => {
    const hardCoded = sources
      .filter(({ file }) => !SERVER_PENDING.has(file))
      .flatMap(({ found }) => found.map((text) => `${path.relative(ROOT, text.file)}:${text.line} ${JSON.stringify(text.text)}`));
    expect(hardCoded, 'words outside the catalogues: use translatorFor(language) and t() (or mark a name with i18n-ignore)').toEqual([]);
  });

  it('lists as pending only server files that still have hard-coded words', () => {
    const done = sources.filter(({ file, found }) => SERVER_PENDING.has(file) && found.length === 0).map(({ file }) => file);
    expect(done, 'remove these from SERVER_PENDING').toEqual([]);
  });

  it('sees words between HTML tags and leaves the markup, styles and log lines alone', () => {
    const source = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with templates in it
      'const head = `<th scope="col">${a}</th><td style="font-size:13px;color:#57606a">${b}</td>`;',
      "logger.info({ id }, 'notification mail caught up');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with a template in it
      'const body = `<p class="notice">This statement was withdrawn on ${date}.</p>`;',
      "const footer = '<p>Download the PDF</p>';",
    ].join('\n');
    expect(findHardCodedText('server/sample.ts', source, { server: true }).map((found) => found.text)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the template as written in the sample
      '`<p class="notice">This statement was withdrawn on ${date}.</p>`',
      '<p>Download the PDF</p>',
    ]);
  });

  it('reads a tag split by a substitution as markup, and still sees the words around it', () => {
    const source = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with templates in it
      'const open = `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with a template in it
      'const heading = `<h${level} class="section title">${children(node)}</h${level}>\\n`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with a template in it
      'const link = `<a href="${href}" rel="nofollow noopener">Read the final text</a>`;',
    ].join('\n');
    expect(findHardCodedText('server/sample.ts', source, { server: true }).map((found) => found.text)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the template as written in the sample
      '`<a href="${href}" rel="nofollow noopener">Read the final text</a>`',
    ]);
  });
});
