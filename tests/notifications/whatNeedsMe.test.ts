import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

const needsOf = async (client: ApiClient) => {
  const answer = await client.get<NeedView[]>('/api/me/needs');
  expect(answer.status).toBe(200);
  return answer.body;
};

/** Waits until `client` has an open item matching `match`, and returns it. */
const waitForNeed = (client: ApiClient, match: (need: NeedView) => boolean, message: string) =>
  waitFor(async () => (await needsOf(client)).find(match), { message });

/** Waits until `client` has no open item matching `match`. */
const waitForNoNeed = (client: ApiClient, match: (need: NeedView) => boolean, message: string) =>
  waitFor(async () => !(await needsOf(client)).some(match), { message });

describe('what needs me', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgA: string;
  let orgB: string;
  /** Org A: a signatory and a contact (who writes most comments). */
  let signatoryA: Contact;
  let contactA: Contact;
  /** Org B: a signatory and a contact who drafts the statement. */
  let signatoryB: Contact;
  let drafter: Contact;
  let statementId: string;
  let slug: string;

  const anchorsOn = async (id: string, words: string, as: ApiClient = secretariat) => {
    const reader = connectCollab(server.wsUrl, id, as.cookie);
    await waitForSync(reader);
    const anchors = anchorsAround(reader.doc, words);
    reader.destroy();
    return anchors;
  };

  const openComment = async (
    client: ApiClient,
    id: string,
    body: string,
    mentions: { type: 'user' | 'organisation'; id: string }[] = [],
    visibility: 'coalition' | 'organisation' = 'coalition',
  ) => {
    const created = await client.post<{ id: string }>(`/api/statements/${id}/threads`, {
      kind: 'comment',
      ...(await anchorsOn(id, 'openness', client)),
      body,
      mentions,
      visibility,
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };

  const reply = async (client: ApiClient, threadId: string, body: string, mentions: { type: 'user' | 'organisation'; id: string }[] = []) => {
    expect((await client.post(`/api/threads/${threadId}/comments`, { body, mentions })).status).toBe(201);
  };

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_NOTICE_POLL_MS: '100' } });
    secretariat = await signInAsSecretariat(server);
    orgA = await createOrganisation(secretariat, { name: 'Member A' });
    orgB = await createOrganisation(secretariat, { name: 'Member B' });
    signatoryA = await createContact(server, secretariat, { orgId: orgA, role: 'signatory', name: 'Sam Signatory' });
    contactA = await createContact(server, secretariat, { orgId: orgA, name: 'Ana Author' });
    signatoryB = await createContact(server, secretariat, { orgId: orgB, role: 'signatory', name: 'Bea Signatory' });
    drafter = await createContact(server, secretariat, { orgId: orgB, name: 'Dee Drafter' });
    await agreeToPurpose(signatoryA, orgA);
    await agreeToPurpose(signatoryB, orgB);
    ({ id: statementId, slug } = await createStatement(secretariat, 'Statement on openness'));
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['We support openness and interoperability of registration data.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'interoperability');
    writer.destroy();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('mentions and replies reach the people named and the thread’s participants, never the actor', async () => {
    const threadId = await openComment(contactA.client, statementId, 'Bea, is openness the right word?', [{ type: 'user', id: signatoryB.userId }]);
    const mention = await waitForNeed(signatoryB.client, (need) => need.kind === 'mention' && need.threadId === threadId, 'the mention');
    expect(mention).toMatchObject({
      statementId,
      url: `/statements/${statementId}?thread=${threadId}`,
      excerpt: 'Bea, is openness the right word?',
      due: null,
    });
    expect(mention.title).toContain('Statement on openness');
    expect(mention.title).toContain('Ana Author mentioned you');
    expect((await needsOf(contactA.client)).some((need) => need.threadId === threadId)).toBe(false);

    await reply(drafter.client, threadId, 'I think it is.');
    const replied = await waitForNeed(contactA.client, (need) => need.kind === 'reply' && need.threadId === threadId, 'the reply to the author');
    expect(replied.title).toContain('Dee Drafter replied');
    expect(replied.excerpt).toBe('I think it is.');
    // Neither the replier nor someone only mentioned earlier (not a participant) hears of the reply.
    expect((await needsOf(drafter.client)).some((need) => need.threadId === threadId)).toBe(false);
    expect((await needsOf(signatoryB.client)).filter((need) => need.threadId === threadId).map((need) => need.kind)).toEqual(['mention']);

    // The author answers: the drafter hears of it, and the author's own reply item is settled.
    await reply(contactA.client, threadId, 'Thanks, all of Member B please confirm.', [{ type: 'organisation', id: orgB }]);
    await waitForNeed(drafter.client, (need) => need.kind === 'mention' && need.threadId === threadId, 'the organisation mention to the drafter');
    await waitForNoNeed(contactA.client, (need) => need.threadId === threadId, 'the author’s reply item settled by answering');
    // A mention replaces the reply for the same person; the organisation's other contact is mentioned too.
    expect((await needsOf(drafter.client)).filter((need) => need.threadId === threadId).map((need) => need.kind)).toEqual(['mention']);
    expect((await needsOf(signatoryB.client)).filter((need) => need.threadId === threadId)).toHaveLength(2);

    // Resolving the thread settles every reply and mention of it, for everyone.
    expect((await drafter.client.post(`/api/threads/${threadId}/resolve`, {})).status).toBe(200);
    await waitForNoNeed(signatoryB.client, (need) => need.threadId === threadId, 'the mentions settled by resolving');
    expect((await needsOf(drafter.client)).some((need) => need.threadId === threadId)).toBe(false);
  });

  it('nobody hears of an organisation-only thread of another organisation', async () => {
    const threadId = await openComment(
      contactA.client,
      statementId,
      'Between us: Sam and Bea should see this?',
      [
        { type: 'user', id: signatoryA.userId },
        { type: 'user', id: signatoryB.userId },
      ],
      'organisation',
    );
    await waitForNeed(signatoryA.client, (need) => need.threadId === threadId, 'the mention within the organisation');
    expect((await needsOf(signatoryB.client)).some((need) => need.threadId === threadId)).toBe(false);
    expect((await needsOf(secretariat)).some((need) => need.threadId === threadId)).toBe(false);
  });

  it('nobody outside the organisation hears of a private fork', async () => {
    const fork = await contactA.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {});
    expect(fork.status).toBe(201);
    const threadId = await openComment(contactA.client, fork.body.id, 'In our own version, Sam and Bea?', [
      { type: 'user', id: signatoryA.userId },
      { type: 'user', id: signatoryB.userId },
    ]);
    await waitForNeed(signatoryA.client, (need) => need.threadId === threadId, 'the mention in the fork');
    expect((await needsOf(signatoryB.client)).some((need) => need.statementId === fork.body.id)).toBe(false);
  });

  it('suggestions need the drafters; decisions reach their author and settle the drafters’ items', async () => {
    const suggest = async (replacement: string) => {
      const created = await contactA.client.post<{ id: string }>(`/api/statements/${statementId}/threads`, {
        kind: 'suggestion',
        ...(await anchorsOn(statementId, 'interoperability')),
        replacement,
      });
      expect(created.status).toBe(201);
      return created.body.id;
    };
    const first = await suggest('interoperation');
    const second = await suggest('compatibility');
    const needed = await waitForNeed(drafter.client, (need) => need.kind === 'suggestion' && need.threadId === second, 'the suggestion to the drafter');
    expect(needed.excerpt).toBe('“interoperability” → “compatibility”');
    expect((await needsOf(drafter.client)).some((need) => need.kind === 'suggestion' && need.threadId === first)).toBe(true);
    // The secretariat may edit, but is not a drafter unless named.
    expect((await needsOf(secretariat)).some((need) => need.kind === 'suggestion')).toBe(false);

    expect((await drafter.client.post(`/api/threads/${second}/reject`, { reason: 'We keep the term' })).status).toBe(200);
    const rejected = await waitForNeed(contactA.client, (need) => need.kind === 'decision' && need.threadId === second, 'the rejection');
    expect(rejected.title).toContain('Dee Drafter rejected your suggestion');
    await waitForNoNeed(drafter.client, (need) => need.threadId === second, 'the rejected suggestion settled');

    expect((await drafter.client.post(`/api/threads/${first}/accept`, {})).status).toBe(200);
    await waitForNeed(contactA.client, (need) => need.kind === 'decision' && need.threadId === first, 'the acceptance');
    await waitForNoNeed(drafter.client, (need) => need.kind === 'suggestion', 'the accepted suggestion settled');
  });

  it('marks one’s own item done; another’s is not found', async () => {
    const threadId = await openComment(signatoryB.client, statementId, 'Ana, one more thing.', [{ type: 'user', id: contactA.userId }]);
    const item = await waitForNeed(contactA.client, (need) => need.threadId === threadId, 'the mention to mark done');
    expect((await signatoryB.client.post(`/api/me/needs/${item.id}/done`, {})).status).toBe(404);
    expect((await contactA.client.post('/api/me/needs/not-an-id/done', {})).status).toBe(400);
    const before = (await contactA.client.get<{ count: number }>('/api/me/needs/count')).body.count;
    expect((await contactA.client.post(`/api/me/needs/${item.id}/done`, {})).status).toBe(204);
    expect((await needsOf(contactA.client)).some((need) => need.id === item.id)).toBe(false);
    expect((await contactA.client.get<{ count: number }>('/api/me/needs/count')).body).toEqual({ count: before - 1 });
    expect((await contactA.client.post(`/api/me/needs/${item.id}/done`, {})).status).toBe(404);
    expect((await contactA.client.get('/api/me/needs?all=1')).status).toBe(400);
    // Audited once, naming the item only.
    const audited = (await secretariat.get<{ entries: { subject: unknown; details: unknown }[] }>('/api/audit?action=notice.done')).body.entries;
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited[0])).toContain(item.id);
    expect(JSON.stringify(audited[0])).not.toContain(statementId);
  });

  it('sign-on asks every contact of organisations that may sign, settles on each decision, re-confirms after a new final text', async () => {
    const deadline = new Date(Date.now() + 10 * 24 * 3600_000).toISOString();
    expect((await secretariat.patch(`/api/statements/${statementId}/settings`, { signOnDeadline: deadline })).status).toBe(204);
    const freeze = async () => {
      const frozen = await secretariat.post<{ hash: string }>(`/api/statements/${statementId}/freeze`, { carryOver: true });
      expect(frozen.status).toBe(200);
      return frozen.body.hash;
    };
    const isSignOn = (kind: NeedView['kind']) => (need: NeedView) => need.statementId === statementId && need.kind === kind;
    const hash = await freeze();
    for (const contact of [signatoryA, contactA, signatoryB, drafter]) {
      const asked = await waitForNeed(contact.client, isSignOn('signon'), `the sign-on request to ${contact.name}`);
      expect(asked.url).toBe(`/statements/${statementId}/sign`);
      expect(Date.parse(asked.due!)).toBe(Date.parse(deadline));
    }
    expect((await needsOf(secretariat)).some(isSignOn('signon'))).toBe(false);

    // Org A signs: both its contacts are done; org B still has to decide.
    expect((await signatoryA.client.post(`/api/statements/${statementId}/signatures`, { hash })).status).toBe(201);
    await waitForNoNeed(contactA.client, isSignOn('signon'), 'org A’s request settled for its other contact');
    expect((await needsOf(signatoryA.client)).some(isSignOn('signon'))).toBe(false);
    expect((await needsOf(drafter.client)).some(isSignOn('signon'))).toBe(true);
    // Org B declines: settled too.
    expect((await signatoryB.client.post(`/api/statements/${statementId}/declines`, {})).status).toBe(201);
    await waitForNoNeed(drafter.client, isSignOn('signon'), 'org B’s request settled by declining');

    // Reopening settles what is left; a new final text asks org A (signed before) to re-confirm, org B anew.
    expect((await secretariat.post(`/api/statements/${statementId}/reopen`, {})).status).toBe(200);
    await freeze();
    await waitForNeed(contactA.client, isSignOn('reconfirm'), 'the re-confirmation request');
    await waitForNeed(drafter.client, isSignOn('signon'), 'the new request to org B');
    expect((await needsOf(contactA.client)).some(isSignOn('signon'))).toBe(false);
    expect((await secretariat.post(`/api/statements/${statementId}/reopen`, {})).status).toBe(200);
    await waitForNoNeed(contactA.client, isSignOn('reconfirm'), 'the re-confirmation settled by reopening');
    await waitForNoNeed(drafter.client, isSignOn('signon'), 'the request settled by reopening');
  });

  it('publication reaches every contact; withdrawal settles everything about the statement', async () => {
    expect((await secretariat.post(`/api/statements/${statementId}/freeze`, { carryOver: true })).status).toBe(200);
    await waitForNeed(signatoryB.client, (need) => need.kind === 'signon' && need.statementId === statementId, 'a request before publication');
    expect((await secretariat.post(`/api/statements/${statementId}/publish`, {})).status).toBe(200);
    for (const contact of [signatoryA, contactA, signatoryB, drafter]) {
      const published = await waitForNeed(
        contact.client,
        (need) => need.kind === 'published' && need.statementId === statementId,
        `publication to ${contact.name}`,
      );
      expect(published.url).toBe(`/p/${slug}`);
    }
    expect((await needsOf(secretariat)).some((need) => need.kind === 'published')).toBe(false);
    expect((await secretariat.post(`/api/statements/${statementId}/withdraw`, {})).status).toBe(200);
    for (const contact of [signatoryA, contactA, signatoryB, drafter])
      await waitForNoNeed(contact.client, (need) => need.statementId === statementId, `everything settled for ${contact.name}`);
  });

  it('lists only what the user may still see: access lost after the item was made hides it', async () => {
    const other = (await createStatement(secretariat, 'Second statement')).id;
    const writer = connectCollab(server.wsUrl, other, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['A text on openness.']);
    await waitForStoredText(server.wsUrl, other, secretariat.cookie, 'openness');
    writer.destroy();
    const threadId = await openComment(secretariat, other, 'Bea, please read.', [{ type: 'user', id: signatoryB.userId }]);
    await waitForNeed(signatoryB.client, (need) => need.threadId === threadId, 'the mention');
    expect((await signatoryB.client.get<{ count: number }>('/api/me/needs/count')).body.count).toBeGreaterThan(0);

    // A new Statement of Purpose: until Member B agrees again, its contacts may read nothing.
    expect((await secretariat.post('/api/purpose', { text: 'A new Statement of Purpose, to agree to again before anything else.' })).status).toBe(201);
    expect(await needsOf(signatoryB.client)).toEqual([]);
    expect((await signatoryB.client.get('/api/me/needs/count')).body).toEqual({ count: 0 });
    await agreeToPurpose(signatoryB, orgB);
    expect((await needsOf(signatoryB.client)).some((need) => need.threadId === threadId)).toBe(true);
  });

  it('refuses the needs of nobody signed in', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get('/api/me/needs')).status).toBe(401);
    expect((await anonymous.get('/api/me/needs/count')).status).toBe(401);
  });
});
