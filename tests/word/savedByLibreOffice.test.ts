import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { textNodes } from '../support/textAnchors.ts';
import { postDocx } from './postDocx.ts';

/** buildDraftDocx's file opened and saved by LibreOffice 7 (`soffice --headless --convert-to 'docx:MS Word 2007 XML'`). */
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
});
