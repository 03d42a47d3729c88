import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { anchoredWords } from '../support/textAnchors.ts';
import { ANA, BEN, buildDraftDocx, CARLA, DANA } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

interface Imported {
  id: string;
  slug: string;
  report: { suggestions: number; threads: number; dropped: { what: string; count: number; where: string }[] };
}

const text = (value: string, ...marks: string[]) =>
  marks.length ? { type: 'text', text: value, marks: marks.map((type) => ({ type, attrs: {} })) } : { type: 'text', text: value };
const paragraph = (...content: object[]) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const item = (...content: object[]) => ({ type: 'listItem', content });

describe('importing a Word draft with tracked changes and comments', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let imported: Imported;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const response = await postDocx<Imported>(secretariat, `/api/statements/import?title=${encodeURIComponent('Access for all')}`, await buildDraftDocx());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    imported = response.body;
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('keeps every block: headings by style name, emphasis, safe links, nested lists, quote, footnote', async () => {
    const { doc } = await readStoredDocument(server, imported.id);
    const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(TEXT_FRAGMENT));
    getSchema(statementExtensions()).nodeFromJSON(json).check();
    expect(json.content).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [text('Access for all')] },
      paragraph(
        text('The coalition '),
        text('strongly', 'bold'),
        text(' supports '),
        text('open', 'italic'),
        text(' '),
        { type: 'text', text: 'standards', marks: [{ type: 'link', attrs: expect.objectContaining({ href: 'https://example.org/standards' }) }] },
        text(' and clicks.'),
      ),
      // The base text: deletions kept, insertions left for the suggestions.
      paragraph(text('We ask governments to act slowly and never to listen.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Registries')] },
      paragraph(text('National registries must stay neutral in every case.')),
      {
        type: 'bulletList',
        content: [
          item(paragraph(text('First point')), { type: 'bulletList', content: [item(paragraph(text('A sub-point')))] }),
          item(paragraph(text('Second point'))),
        ],
      },
      { type: 'orderedList', attrs: expect.anything(), content: [item(paragraph(text('Step one'))), item(paragraph(text('Step two')))] },
      { type: 'blockquote', content: [paragraph(text('Nothing about us without us.'))] },
      paragraph(text('Access matters[1] to everyone.')),
      paragraph(),
      paragraph(text('The end.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Footnotes (imported from Word)')] },
      paragraph(text('[1] See the 2025 access report.')),
    ]);
  });

  it('turns each tracked change into a suggestion on the base text, with its Word author and date', async () => {
    const threads = (await secretariat.get<ThreadView[]>(`/api/statements/${imported.id}/threads`)).body;
    const { doc } = await readStoredDocument(server, imported.id);
    const suggestions = threads
      .filter((thread) => thread.kind === 'suggestion')
      .map((thread) => ({ words: anchoredWords(doc, thread), quote: thread.quote, replacement: thread.replacement, origin: thread.origin }));
    expect(suggestions).toEqual([
      { words: 'act slowly', quote: 'act slowly', replacement: 'act now', origin: ANA },
      { words: 'never ', quote: 'never ', replacement: '', origin: BEN },
      // An insertion is a collapsed range at its place: after "to listen".
      { words: '', quote: '', replacement: ' carefully', origin: CARLA },
    ]);
    expect(imported.report.suggestions).toBe(3);
  });

  it('turns each Word comment into a thread on the same words, with its replies', async () => {
    const threads = (await secretariat.get<ThreadView[]>(`/api/statements/${imported.id}/threads`)).body;
    const { doc } = await readStoredDocument(server, imported.id);
    const comments = threads.filter((thread) => thread.kind === 'comment');
    expect(comments).toHaveLength(1);
    const [thread] = comments;
    expect(anchoredWords(doc, thread!)).toBe('registries must stay neutral');
    expect(thread!.origin).toEqual({ author: DANA.author, date: '2026-03-05T16:45:00.000Z' });
    expect(thread!.comments.map((comment) => [comment.body, comment.origin?.author])).toEqual([
      ['Is neutral the right word here?', DANA.author],
      ['Yes: it is the term the coalition agreed.', ANA.author],
    ]);
    expect(imported.report.threads).toBe(1);
  });

  it('reports what it could not bring in: the image, the table and the unsafe link', () => {
    expect(imported.report.dropped).toEqual(
      expect.arrayContaining([
        { what: 'image', count: 1, where: 'body' },
        { what: 'table', count: 1, where: 'body' },
        { what: 'unsafe link (its words kept)', count: 1, where: 'body' },
      ]),
    );
  });

  it('previews the same report without creating anything', async () => {
    const before = (await secretariat.get<unknown[]>('/api/statements')).body.length;
    const preview = await postDocx<Imported>(secretariat, '/api/statements/import?preview=1', await buildDraftDocx());
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ report: imported.report });
    expect((await secretariat.get<unknown[]>('/api/statements')).body.length).toBe(before);
  });
});
