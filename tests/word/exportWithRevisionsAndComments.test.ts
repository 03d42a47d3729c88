import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { readDocxXml } from './readDocxXml.ts';

/** Word writes revision dates to the second. */
const toSecond = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

describe('a statement exported to Word with its open suggestions and comment threads', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let slug: string;
  let drafter: Contact;
  let member: Contact;
  let otherOrganisation: Contact;
  let drafterClient: CollabClient;
  const threads: Record<string, ThreadView> = {};

  const open = async (client: ApiClient, body: Record<string, unknown>, words: string) => {
    const answer = await client.post<ThreadView>(`/api/statements/${statementId}/threads`, { ...anchorsAround(drafterClient.doc, words), ...body });
    expect(answer.status).toBe(201);
    return answer.body;
  };

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    const otherOrgId = await createOrganisation(secretariat, { name: 'Another Registry' });
    ({ id: statementId, slug } = await createStatement(secretariat, 'Abuse at the right layer'));
    drafter = await createContact(server, secretariat, { orgId, name: 'Dana Drafter' });
    member = await createContact(server, secretariat, { orgId, name: 'Amina Diallo' });
    otherOrganisation = await createContact(server, secretariat, { orgId: otherOrgId, name: 'Olga Other' });
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    drafterClient = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    await waitForSync(drafterClient);
    writeParagraphs(drafterClient.doc, ['Registries act against abuse within their remit.', 'Measures should target abuse at the right layer.']);
    // Another editor sees the text only once the server has it.
    const watcher = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitFor(() => watcher.text().includes('right layer'), { message: 'the text on the server' });
    watcher.destroy();

    threads.replacement = await open(
      member.client,
      { kind: 'suggestion', replacement: 'act against phishing and malware', body: 'Say which abuse.' },
      'act against abuse',
    );
    expect((await drafter.client.post(`/api/threads/${threads.replacement.id}/comments`, { body: 'Phishing and malware only?' })).status).toBe(201);
    threads.deletion = await open(member.client, { kind: 'suggestion', replacement: '' }, ' within their remit');
    threads.comment = await open(member.client, { kind: 'comment', body: 'Which layer?' }, 'right layer');
    expect((await drafter.client.post(`/api/threads/${threads.comment.id}/comments`, { body: 'The DNS layer.' })).status).toBe(201);
    // Kept within another organisation: the member may not see it, nor this suggestion of theirs.
    threads.hiddenComment = await open(
      otherOrganisation.client,
      { kind: 'comment', body: 'Between us: too weak.', visibility: 'organisation' },
      'Measures should',
    );
    threads.hiddenSuggestion = await open(
      otherOrganisation.client,
      { kind: 'suggestion', replacement: 'Rules must', visibility: 'organisation' },
      'Measures should',
    );
    // Decided threads are no longer open: not exported.
    threads.resolved = await open(member.client, { kind: 'comment', body: 'Typo here?' }, 'Registries');
    expect((await member.client.post(`/api/threads/${threads.resolved.id}/resolve`, {})).status).toBe(200);
  });

  afterAll(async () => {
    drafterClient?.destroy();
    await server?.dispose();
  });

  it('has the suggestions as Word revisions by the suggester, at their time and place', async () => {
    const docx = await readDocxXml(member.client, `/api/statements/${statementId}/export.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.docx"`);
    expect(Number(docx.headers.get('content-length'))).toBe(docx.bytes.length);

    expect(docx.revisions()).toEqual([
      { kind: 'del', author: 'Amina Diallo', date: toSecond(threads.replacement!.createdAt), text: 'act against abuse' },
      { kind: 'ins', author: 'Amina Diallo', date: toSecond(threads.replacement!.createdAt), text: 'act against phishing and malware' },
      { kind: 'del', author: 'Amina Diallo', date: toSecond(threads.deletion!.createdAt), text: ' within their remit' },
    ]);
    // Read with the revisions accepted, the text is the suggested one; the other paragraph is untouched.
    expect(docx.paragraphs()).toEqual(['Registries act against phishing and malware.', 'Measures should target abuse at the right layer.']);
  });

  it('has the open comment thread on its words, with its reply threaded under it on the same words', async () => {
    const docx = await readDocxXml(member.client, `/api/statements/${statementId}/export.docx`);
    // Each reply has the range too, as Word writes one: LibreOffice drops a comment with no range.
    const comments = docx.comments().filter((comment) => comment.range === 'right layer');
    expect(comments).toEqual([
      { id: expect.any(String), author: 'Amina Diallo', text: 'Which layer?', range: 'right layer', parentId: null },
      { id: expect.any(String), author: 'Dana Drafter', text: 'The DNS layer.', range: 'right layer', parentId: comments[0]!.id },
    ]);
  });

  it('has a suggestion’s reason as the suggester’s Word comment on exactly its revision, with the replies under it', async () => {
    const docx = await readDocxXml(member.client, `/api/statements/${statementId}/export.docx`);
    const revision = 'act against abuseact against phishing and malware';
    const comments = docx.comments().filter((comment) => comment.range === revision);
    expect(comments).toEqual([
      { id: expect.any(String), author: 'Amina Diallo', text: 'Say which abuse.', range: revision, parentId: null },
      { id: expect.any(String), author: 'Dana Drafter', text: 'Phishing and malware only?', range: revision, parentId: comments[0]!.id },
    ]);
    expect(docx.comments()).toHaveLength(4);
  });

  it('never gives a reader the threads and suggestions they may not see', async () => {
    const memberCopy = await readDocxXml(member.client, `/api/statements/${statementId}/export.docx`);
    const everything = Object.values(memberCopy.parts)
      .map((part) => new TextDecoder().decode(part))
      .join('');
    for (const hidden of ['Between us', 'Rules must', 'Olga Other', 'Typo here?']) expect(everything).not.toContain(hidden);

    // The other organisation's contact gets theirs (and the coalition's), so nothing was dropped for everyone.
    const theirCopy = await readDocxXml(otherOrganisation.client, `/api/statements/${statementId}/export.docx`);
    expect(
      theirCopy
        .comments()
        .map((comment) => comment.text)
        .sort(),
    ).toEqual(['Between us: too weak.', 'Phishing and malware only?', 'Say which abuse.', 'The DNS layer.', 'Which layer?']);
    expect(theirCopy.revisions().filter((revision) => revision.author === 'Olga Other')).toEqual([
      { kind: 'del', author: 'Olga Other', date: toSecond(threads.hiddenSuggestion!.createdAt), text: 'Measures should' },
      { kind: 'ins', author: 'Olga Other', date: toSecond(threads.hiddenSuggestion!.createdAt), text: 'Rules must' },
    ]);
  });

  it('is for readers only', async () => {
    const stranger = await readDocxXml(new ApiClient(server.url), `/api/statements/${statementId}/export.docx`);
    expect(stranger.status).toBe(401);
  });
});
