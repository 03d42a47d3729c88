import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffView } from '../../shared/api/types.ts';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { appendParagraph, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { readDocxXml } from './readDocxXml.ts';

/** A diff's changes and a file's revisions compared as one list: kind and words, in order. */
const changesOf = (diff: DiffView) =>
  diff.parts.filter((part) => part.kind !== 'equal').map((part) => ({ kind: part.kind === 'added' ? 'ins' : 'del', text: part.text.trim() }));

describe('a redline between two versions', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let slug: string;
  let drafter: Contact;
  let member: Contact;
  let drafterClient: CollabClient;
  let watcher: CollabClient;

  const nameVersion = async (name: string, lastWords: string) => {
    await waitFor(() => watcher.text().includes(lastWords), { message: `"${lastWords}" on the server` });
    const created = await drafter.client.post<{ number: number }>(`/api/statements/${statementId}/versions`, { name });
    expect(created.status).toBe(201);
    return created.body.number;
  };

  beforeAll(async () => {
    // A small comparison budget, so that one pair of versions is too large to compare.
    server = await startAccord({ env: { ACCORD_MAX_DIFF_CHARS: '3000' } });
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    ({ id: statementId, slug } = await createStatement(secretariat, 'Abuse at the right layer'));
    drafter = await createContact(server, secretariat, { orgId, name: 'Dana Drafter' });
    member = await createContact(server, secretariat, { orgId, name: 'Amina Diallo' });
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    drafterClient = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    watcher = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await Promise.all([waitForSync(drafterClient), waitForSync(watcher)]);

    writeParagraphs(drafterClient.doc, [
      'Registries act against abuse within their remit.',
      'Measures should target abuse at the right layer.',
      'Takedowns without due process harm legitimate users.',
    ]);
    expect(await nameVersion('First draft', 'legitimate users')).toBe(1);
    drafterClient.doc.transact(() => {
      const [first, second] = textNodes(drafterClient.doc);
      first!.delete(first!.toString().indexOf('abuse within'), 'abuse'.length);
      first!.insert(first!.toString().indexOf(' within'), 'phishing and malware');
      second!.delete(second!.toString().indexOf(' at the right layer'), ' at the right layer'.length);
    });
    appendParagraph(drafterClient.doc, 'Registrars and hosts have their part to play.');
    expect(await nameVersion('Second draft', 'their part to play')).toBe(2);
    appendParagraph(drafterClient.doc, 'Annex. '.repeat(500));
    expect(await nameVersion('With annex', 'Annex. Annex.')).toBe(3);
    // The live text drops the annex again and gains a sentence.
    drafterClient.doc.transact(() => {
      const fragment = drafterClient.doc.getXmlFragment(TEXT_FRAGMENT);
      fragment.delete(fragment.length - 1, 1);
    });
    appendParagraph(drafterClient.doc, 'Reviewed by the secretariat.');
    await waitFor(() => watcher.text().includes('Reviewed by') && !watcher.text().includes('Annex.'), { message: 'the live text on the server' });
  });

  afterAll(async () => {
    drafterClient?.destroy();
    watcher?.destroy();
    await server?.dispose();
  });

  it('has exactly the word diff the compare view shows, as Word revisions by the version author at its time', async () => {
    const diff = await member.client.get<DiffView>(`/api/statements/${statementId}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.level).toBe('words');
    const docx = await readDocxXml(member.client, `/api/statements/${statementId}/redline.docx?from=1&to=2`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-v1-to-v2-redline.docx"`);
    expect(Number(docx.headers.get('content-length'))).toBe(docx.bytes.length);

    const revisions = docx.revisions();
    expect(revisions.map(({ kind, text }) => ({ kind, text: text.trim() }))).toEqual(changesOf(diff.body));
    expect(changesOf(diff.body)).toEqual([
      { kind: 'del', text: 'abuse' },
      { kind: 'ins', text: 'phishing and malware' },
      { kind: 'del', text: 'at the right layer' },
      { kind: 'ins', text: 'Registrars and hosts have their part to play.' },
    ]);
    const second = (await member.client.get<{ createdAt: string }>(`/api/statements/${statementId}/versions/2`)).body;
    for (const revision of revisions) {
      expect(revision.author).toBe('Dana Drafter');
      expect(revision.date).toBe(second.createdAt.replace(/\.\d{3}Z$/, 'Z'));
    }
    // The words sit where they belong: read with the revisions accepted, it is version 2.
    expect(docx.paragraphs()).toEqual([
      'Registries act against phishing and malware within their remit.',
      'Measures should target abuse.',
      'Takedowns without due process harm legitimate users.',
      'Registrars and hosts have their part to play.',
    ]);
  });

  it('runs to the live text', async () => {
    const docx = await readDocxXml(member.client, `/api/statements/${statementId}/redline.docx?from=2&to=live`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-v2-to-live-redline.docx"`);
    expect(docx.revisions()).toEqual([{ kind: 'ins', author: 'Accord', date: expect.any(String), text: 'Reviewed by the secretariat.' }]);
  });

  it('is refused when too large to compare (413), for a bad request (400) and an unknown version (404)', async () => {
    const tooLarge = await member.client.get<{ error: { message: string } }>(`/api/statements/${statementId}/redline.docx?from=1&to=3`);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toContain('too large or too different to compare');
    expect((await member.client.get(`/api/statements/${statementId}/diff?from=1&to=3`)).status).toBe(413);
    for (const query of ['', '?from=one&to=2', '?from=1&to=0', '?from=1&to=2&extra=1', '?from=live&to=2']) {
      expect((await member.client.get(`/api/statements/${statementId}/redline.docx${query}`)).status, query).toBe(400);
    }
    expect((await member.client.get(`/api/statements/${statementId}/redline.docx?from=1&to=9`)).status).toBe(404);
    expect((await member.client.get(`/api/statements/${statementId}/redline.docx?from=9&to=live`)).status).toBe(404);
  });
});
