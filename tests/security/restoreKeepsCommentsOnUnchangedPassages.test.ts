import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ThreadView, VersionContentView, VersionView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchoredWords, anchorsAround, appendParagraph, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

const UNCHANGED = 'the multistakeholder model';
const KEPT_WORDS = 'at the table';

/**
 * Issue 11, "Sign-on integrity": restoring a version used to replace the whole text, so every open
 * comment lost its words ("passage deleted"). Restoring now edits only what differs.
 */
describe('restoring a version', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let drafter: Contact;
  let statementId: string;
  let editor: CollabClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    drafter = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(drafter, orgId);
    statementId = (await createStatement(secretariat, 'Restored statement')).id;
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    editor = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    await waitForSync(editor);
  });

  afterAll(async () => {
    editor?.destroy();
    await server?.dispose();
  });

  it('keeps threads on unchanged passages anchored, and restores changed ones exactly', async () => {
    writeParagraphs(editor.doc, [
      `We ask the review to keep ${UNCHANGED} that let the Internet grow.`,
      'We ask for a seat at the table.',
      'We offer our experience to governments.',
    ]);
    await waitForStoredText(server.wsUrl, statementId, drafter.client.cookie, 'We offer our experience');
    const named = await drafter.client.post<{ number: number; hash: string }>(`/api/statements/${statementId}/versions`, { name: 'First draft' });
    expect(named.status).toBe(201);

    // After the version: words changed in one paragraph, a word made bold in another, a paragraph added.
    editor.doc.transact(() => {
      const [, second, third] = textNodes(editor.doc);
      const at = second!.toString().indexOf('a seat');
      second!.delete(at, 'a seat'.length);
      second!.insert(at, 'an equal seat');
      third!.format(third!.toString().indexOf('experience'), 'experience'.length, { bold: {} });
    });
    appendParagraph(editor.doc, 'A paragraph the version does not have.');
    await waitForStoredText(server.wsUrl, statementId, drafter.client.cookie, 'an equal seat', 'does not have');

    const open = async (words: string) => {
      const created = await drafter.client.post<ThreadView>(`/api/statements/${statementId}/threads`, {
        kind: 'comment',
        ...anchorsAround(editor.doc, words),
        body: `About “${words}”`,
      });
      expect(created.status).toBe(201);
      return created.body;
    };
    const onUnchanged = await open(UNCHANGED);
    const onKeptWords = await open(KEPT_WORDS);

    expect((await drafter.client.post(`/api/statements/${statementId}/versions/${named.body.number}/restore`, {})).status).toBe(200);
    await waitFor(() => !editor.text().includes('equal') && !editor.text().includes('does not have'), { message: 'the restored text' });

    // The thread on the unchanged paragraph (and on unchanged words of a changed one) keeps its words.
    const threads = (await drafter.client.get<ThreadView[]>(`/api/statements/${statementId}/threads`)).body;
    expect(threads.find((thread) => thread.id === onUnchanged.id)).toMatchObject({ quote: UNCHANGED, orphaned: false });
    expect(threads.find((thread) => thread.id === onKeptWords.id)).toMatchObject({ quote: KEPT_WORDS, orphaned: false });
    expect(anchoredWords(editor.doc, onUnchanged)).toBe(UNCHANGED);
    expect(anchoredWords(editor.doc, onKeptWords)).toBe(KEPT_WORDS);

    // The changed paragraphs are restored exactly: the live text's canonical content is the version's.
    const again = await drafter.client.post<{ hash: string }>(`/api/statements/${statementId}/versions`, { name: 'After restore' });
    expect(again.body.hash).toBe(named.body.hash);
    const versions = (await drafter.client.get<VersionView[]>(`/api/statements/${statementId}/versions`)).body;
    const [restored, original] = await Promise.all(
      [versions[0]!.number, named.body.number].map(
        async (number) => (await drafter.client.get<VersionContentView>(`/api/statements/${statementId}/versions/${number}`)).body.document,
      ),
    );
    expect(restored).toEqual(original);
    expect(
      editor.doc
        .getXmlFragment('default')
        .toArray()
        .filter((node) => node instanceof Y.XmlElement),
    ).toHaveLength(3);
  });
});
