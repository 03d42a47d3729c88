import { execFile } from 'node:child_process';
import fs, { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { SOFFICE_PATH } from '../../scripts/ensureLibreOffice.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { anchorsAround, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';
import { ANA, DANA } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';
import { readDocxXml } from './readDocxXml.ts';

/**
 * buildDraftDocx's file opened and saved by LibreOffice 7.4 (`soffice --headless --convert-to 'docx:MS Word 2007 XML'`).
 * LibreOffice 7 writes no commentsExtended.xml: the reply is one more comment on the same words, listed after it.
 */
const SAVED_BY_LIBREOFFICE = new Uint8Array(readFileSync(new URL('./fixtures/draft-saved-by-libreoffice.docx', import.meta.url)));

/**
 * A .docx opened and saved again by LibreOffice, as a member's colleague might before sending it
 * back. Asynchronously: the server's open connections must not time out while it works.
 */
async function savedAgainByLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-resaved-'));
  try {
    const input = path.join(directory, 'exported.docx');
    fs.writeFileSync(input, bytes);
    // Its own profile: other LibreOffice runs on the machine must not share (and lock) ours.
    const profile = pathToFileURL(path.join(directory, 'profile')).href;
    await promisify(execFile)(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        path.join(directory, 'out'),
        input,
      ],
      { timeout: 150_000, env: { ...process.env, HOME: directory } },
    );
    return new Uint8Array(fs.readFileSync(path.join(directory, 'out', 'exported.docx')));
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

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

  it('gives back the reasons and replies of an Accord export that LibreOffice saved again', { timeout: 180_000 }, async () => {
    const orgId = await createOrganisation(secretariat);
    const { id } = await createStatement(secretariat, 'Through LibreOffice');
    const member = await createContact(server, secretariat, { orgId, name: 'Amina Diallo' });
    const colleague = await createContact(server, secretariat, { orgId, name: 'Ben Okafor' });
    const editor = connectCollab(server.wsUrl, id, secretariat.cookie);
    await waitForSync(editor);
    writeParagraphs(editor.doc, ['Registries act against abuse within their remit.']);
    await waitForStoredText(server.wsUrl, id, secretariat.cookie, 'within their remit');
    const open = async (words: string, body: Record<string, unknown>, reply: string) => {
      const opened = await member.client.post<ThreadView>(`/api/statements/${id}/threads`, { ...anchorsAround(editor.doc, words), ...body });
      expect(opened.status, JSON.stringify(opened.body)).toBe(201);
      expect((await colleague.client.post(`/api/threads/${opened.body.id}/comments`, { body: reply })).status).toBe(201);
    };
    await open('act against abuse', { kind: 'suggestion', replacement: 'act against phishing', body: 'Say which abuse.' }, 'Phishing only?');
    await open('Registries', { kind: 'comment', body: 'Which ones?' }, 'All of them.');
    editor.destroy();

    const exported = await readDocxXml(member.client, `/api/statements/${id}/export.docx`);
    expect(exported.status).toBe(200);
    const answer = await postDocx<{ id: string }>(secretariat, '/api/statements/import?title=Resaved', await savedAgainByLibreOffice(exported.bytes));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const threads = (await secretariat.get<ThreadView[]>(`/api/statements/${answer.body.id}/threads`)).body;
    expect(
      threads.map((thread) => [thread.kind, thread.quote, thread.replacement, thread.comments.map((comment) => [comment.origin?.author, comment.body])]),
    ).toEqual([
      [
        'suggestion',
        'act against abuse',
        'act against phishing',
        [
          ['Amina Diallo', 'Say which abuse.'],
          ['Ben Okafor', 'Phishing only?'],
        ],
      ],
      [
        'comment',
        'Registries',
        null,
        [
          ['Amina Diallo', 'Which ones?'],
          ['Ben Okafor', 'All of them.'],
        ],
      ],
    ]);
  });
});
