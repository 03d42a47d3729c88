import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { textNodes } from '../support/textAnchors.ts';
import { ANA, DANA } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

/**
 * buildDraftDocx's file opened and saved by LibreOffice 7.4 (`soffice --headless --convert-to 'docx:MS Word 2007 XML'`).
 * LibreOffice 7 writes no commentsExtended.xml: the reply is one more comment on the same words, listed after it.
 */
const SAVED_BY_LIBREOFFICE = new Uint8Array(readFileSync(new URL('./fixtures/draft-saved-by-libreoffice.docx', import.meta.url)));

describe('a draft saved by LibreOffice', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('comes in with its text, its tracked changes as suggestions and its comment as a thread', async () => {
    const response = await postDocx<{ id: string }>(secretariat, '/api/statements/import?title=LibreOffice', SAVED_BY_LIBREOFFICE);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const { doc } = await readStoredDocument(server, response.body.id);
    const paragraphs = textNodes(doc).map((text) => text.toString());
    expect(paragraphs).toEqual(
      expect.arrayContaining(['Registries', 'We ask governments to act slowly and never to listen.', 'A sub-point', 'Nothing about us without us.']),
    );
    const threads = (await secretariat.get<ThreadView[]>(`/api/statements/${response.body.id}/threads`)).body;
    expect(threads.map((thread) => [thread.kind, thread.quote, thread.replacement, thread.origin?.author])).toEqual([
      ['suggestion', 'act slowly', 'act now', 'Ana Lopez'],
      ['suggestion', 'never ', '', 'Ben Okafor'],
      ['suggestion', '', ' carefully', 'Carla Rossi'],
      ['comment', 'registries must stay neutral', null, 'Dana Weiss'],
    ]);
  });

  it('keeps the comment’s reply in its thread, though LibreOffice writes it as a comment of its own on the same words', async () => {
    const response = await postDocx<{ id: string; report: { threads: number; dropped: unknown[] } }>(
      secretariat,
      '/api/statements/import?title=LibreOffice%20reply',
      SAVED_BY_LIBREOFFICE,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.report.threads).toBe(1);
    const threads = (await secretariat.get<ThreadView[]>(`/api/statements/${response.body.id}/threads`)).body;
    const comments = threads.filter((thread) => thread.kind === 'comment');
    expect(comments.map((thread) => thread.comments.map((comment) => [comment.body, comment.origin]))).toEqual([
      [
        ['Is neutral the right word here?', DANA],
        ['Yes: it is the term the coalition agreed.', ANA],
      ],
    ]);
  });
});
