import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, fragmentText, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';

describe('suggestions', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let statementId: string;
  let drafter: Contact;
  let member: Contact;
  let drafterClient: CollabClient;
  let memberClient: CollabClient;
  let secretariatClient: CollabClient;

  const threadsPath = () => `/api/statements/${statementId}/threads`;
  const suggest = (client: ApiClient, words: string, replacement: string, body = '') =>
    client.post<ThreadView & { error: { message: string } }>(threadsPath(), {
      kind: 'suggestion',
      ...anchorsAround(drafterClient.doc, words),
      replacement,
      body,
    });

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    statementId = (await createStatement(secretariat)).id;
    drafter = await createContact(server, secretariat, { orgId });
    member = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(member, orgId);
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    drafterClient = connectCollab(server.wsUrl, statementId, drafter.client.cookie);
    memberClient = connectCollab(server.wsUrl, statementId, member.client.cookie);
    secretariatClient = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await Promise.all([drafterClient, memberClient, secretariatClient].map((client) => waitForSync(client)));
    writeParagraphs(drafterClient.doc, ['Registries act against abuse within their remit.', 'Measures should target abuse at the right layer.']);
    await waitFor(() => memberClient.text().includes('right layer') && secretariatClient.text().includes('right layer'), { message: 'the text everywhere' });
  });

  afterAll(async () => {
    for (const client of [drafterClient, memberClient, secretariatClient]) client?.destroy();
    await server?.dispose();
  });

  it('a read-only member suggests and comments, but cannot change the text or decide', async () => {
    const suggestion = await suggest(member.client, 'act against abuse', 'already act against phishing and malware', 'More precise.');
    expect(suggestion.status).toBe(201);
    expect(suggestion.body).toMatchObject({
      kind: 'suggestion',
      quote: 'act against abuse',
      replacement: 'already act against phishing and malware',
      status: 'open',
    });
    const comment = await member.client.post<ThreadView>(threadsPath(), {
      kind: 'comment',
      ...anchorsAround(drafterClient.doc, 'right layer'),
      body: 'Which layer?',
    });
    expect(comment.status).toBe(201);

    // Its own edits over the websocket go nowhere.
    textNodes(memberClient.doc)[0]!.insert(0, 'MEMBER-EDIT ');
    textNodes(drafterClient.doc)[1]!.insert(0, 'drafter mark ');
    await waitFor(() => memberClient.text().includes('drafter mark'), { message: "the drafter's later edit at the member" });
    expect(drafterClient.text()).not.toContain('MEMBER-EDIT');
    expect((await member.client.post(`/api/threads/${suggestion.body.id}/accept`, {})).status).toBe(403);
    expect((await member.client.post(`/api/threads/${suggestion.body.id}/reject`, { reason: 'no' })).status).toBe(403);
  });

  it('accepted by a drafter, gives exactly the suggested text to everyone, once', async () => {
    const suggestion = await suggest(member.client, 'within their remit', 'within the remit the law gives them');
    expect(suggestion.status).toBe(201);
    const [first, second] = await Promise.all([
      drafter.client.post<ThreadView>(`/api/threads/${suggestion.body.id}/accept`, {}),
      secretariat.post<ThreadView>(`/api/threads/${suggestion.body.id}/accept`, {}),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const accepted = first.status === 200 ? first.body : second.body;
    expect(accepted.status).toBe('accepted');
    expect(accepted.events).toHaveLength(1);
    expect(accepted.events[0]!.action).toBe('accepted');

    const expected = 'within the remit the law gives them';
    await waitFor(() => [drafterClient, memberClient, secretariatClient].every((client) => client.text().includes(expected)), {
      message: 'the accepted wording everywhere',
    });
    for (const client of [drafterClient, memberClient, secretariatClient]) {
      expect(client.text()).not.toContain('within their remit');
      expect(client.text().split(expected)).toHaveLength(2);
    }
    // And it is stored.
    expect(fragmentText((await readStoredDocument(server, statementId)).doc)).toContain(expected);
  });

  it('rejected with a reason, stays in the thread history; decided twice is 409', async () => {
    const suggestion = await suggest(member.client, 'Measures should', 'Rules must');
    const rejected = await drafter.client.post<ThreadView>(`/api/threads/${suggestion.body.id}/reject`, { reason: 'Too strong for a joint statement.' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', events: [{ action: 'rejected', reason: 'Too strong for a joint statement.' }] });
    expect((await drafter.client.post(`/api/threads/${suggestion.body.id}/accept`, {})).status).toBe(409);
    expect((await drafter.client.post(`/api/threads/${suggestion.body.id}/reject`, {})).status).toBe(400);
    expect(drafterClient.text()).toContain('Measures should');
    const all = (await member.client.get<ThreadView[]>(threadsPath())).body;
    expect(all.find((thread) => thread.id === suggestion.body.id)?.status).toBe('rejected');
  });

  it('cannot be accepted once its words are gone', async () => {
    const suggestion = await suggest(member.client, 'the right layer', 'the DNS layer');
    expect(suggestion.status).toBe(201);
    drafterClient.doc.transact(() => {
      const text = textNodes(drafterClient.doc).find((node) => node.toString().includes('the right layer'))!;
      text.delete(text.toString().indexOf('the right layer'), 'the right layer'.length);
    });
    await waitFor(async () => (await member.client.get<ThreadView[]>(threadsPath())).body.find((thread) => thread.id === suggestion.body.id)?.orphaned, {
      message: 'the suggestion to be orphaned',
    });
    expect((await drafter.client.post(`/api/threads/${suggestion.body.id}/accept`, {})).status).toBe(409);
  });

  it('comment threads: replies, own edits and deletes, resolve and reopen by author or drafter only', async () => {
    const thread = (
      await member.client.post<ThreadView>(threadsPath(), { kind: 'comment', ...anchorsAround(drafterClient.doc, 'Registries'), body: 'Which registries?' })
    ).body;
    const reply = await drafter.client.post<ThreadView>(`/api/threads/${thread.id}/comments`, { body: 'All of them.' });
    expect(reply.status).toBe(201);
    const replyId = reply.body.comments[1]!.id;
    expect((await member.client.patch(`/api/threads/${thread.id}/comments/${replyId}`, { body: 'Hijacked' })).status).toBe(403);
    const edited = await drafter.client.patch<ThreadView>(`/api/threads/${thread.id}/comments/${replyId}`, { body: 'All ccTLD registries.' });
    expect(edited.body.comments[1]).toMatchObject({ body: 'All ccTLD registries.', editedAt: expect.any(String) });
    const deleted = await drafter.client.delete<ThreadView>(`/api/threads/${thread.id}/comments/${replyId}`);
    expect(deleted.body.comments[1]).toMatchObject({ body: '', deleted: true });

    const outsider = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat) });
    expect((await outsider.client.post(`/api/threads/${thread.id}/resolve`, {})).status).toBe(403);
    expect((await member.client.post<ThreadView>(`/api/threads/${thread.id}/resolve`, {})).body.status).toBe('resolved');
    expect((await member.client.post(`/api/threads/${thread.id}/resolve`, {})).status).toBe(409);
    const reopened = await drafter.client.post<ThreadView>(`/api/threads/${thread.id}/reopen`, {});
    expect(reopened.body).toMatchObject({ status: 'open', events: [{ action: 'resolved' }, { action: 'reopened' }] });
  });

  it('rejects bad anchors and input', async () => {
    const bogus = await member.client.post<{ error: { message: string } }>(threadsPath(), {
      kind: 'comment',
      anchorStart: 'AAAA',
      anchorEnd: 'AAAA',
      body: 'x',
    });
    expect(bogus.status).toBe(400);
    const empty = await member.client.post(threadsPath(), { kind: 'comment', ...anchorsAround(drafterClient.doc, 'Registries'), body: '' });
    expect(empty.status).toBe(400);
    const same = await suggest(member.client, 'Registries', 'Registries');
    expect(same.status).toBe(400);
    const anonymous = await new ApiClient(server.url).post(threadsPath(), { kind: 'comment', ...anchorsAround(drafterClient.doc, 'Registries'), body: 'hi' });
    expect(anonymous.status).toBe(401);
  });
});
