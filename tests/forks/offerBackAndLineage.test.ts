import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineageView, OfferableChangeView, ThreadView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { appendParagraph, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

describe('offering changes back, and the lineage view', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let upstreamId: string;
  let memberA: Contact;
  let memberB: Contact;
  const clients: CollabClient[] = [];

  const open = async (id: string, cookie: string | null) => {
    const client = connectCollab(server.wsUrl, id, cookie);
    clients.push(client);
    await waitForSync(client);
    return client;
  };
  const stored = (id: string, cookie: string | null, words: string) => waitForStoredText(server.wsUrl, id, cookie, words);

  let orgA: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgA = await createOrganisation(secretariat, { name: 'Registry A' });
    const orgB = await createOrganisation(secretariat, { name: 'Registry B' });
    memberA = await createContact(server, secretariat, { orgId: orgA });
    memberB = await createContact(server, secretariat, { orgId: orgB });
    await agreeToPurpose(memberA, orgA);
    await agreeToPurpose(memberB, orgB);
    upstreamId = (await createStatement(secretariat, 'Coalition statement')).id;
    const editor = await open(upstreamId, secretariat.cookie);
    writeParagraphs(editor.doc, ['First passage everyone keeps.', 'Second passage about openness.', 'Third passage to drop.']);
    await stored(upstreamId, secretariat.cookie, 'Third passage');
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  it("offers a fork's changes to the upstream as suggestions naming the fork and its organisation", async () => {
    const forkId = (await memberA.client.post<{ id: string }>(`/api/statements/${upstreamId}/forks`, {})).body.id;
    const fork = await open(forkId, memberA.client.cookie);
    fork.doc.transact(() => {
      const second = textNodes(fork.doc)[1]!;
      const at = second.toString().indexOf('openness');
      second.delete(at, 'openness'.length);
      second.insert(at, 'openness and interoperability');
    });
    await stored(forkId, memberA.client.cookie, 'interoperability');
    const offerable = (await memberA.client.get<OfferableChangeView[]>(`/api/statements/${forkId}/offerable`)).body;
    expect(offerable).toEqual([
      { key: expect.any(String), before: 'Second passage about openness.', after: 'Second passage about openness and interoperability.' },
    ]);
    expect((await memberB.client.get(`/api/statements/${forkId}/offerable`)).status).toBe(404);

    const offered = await memberA.client.post<{ suggestions: string[] }>(`/api/statements/${forkId}/offers`, {
      keys: [offerable[0]!.key],
      note: 'We needed this nationally.',
    });
    expect(offered.status).toBe(201);
    const threads = (await secretariat.get<ThreadView[]>(`/api/statements/${upstreamId}/threads`)).body;
    const suggestion = threads.find((thread) => thread.id === offered.body.suggestions[0])!;
    expect(suggestion).toMatchObject({
      kind: 'suggestion',
      replacement: ' and interoperability',
      status: 'open',
      author: { id: memberA.userId, organisation: 'Registry A' },
    });
    expect(suggestion.comments[0]!.body).toContain('Offered from the fork “Coalition statement — Registry A” of Registry A.');

    // Accepted upstream, it gives the fork's wording.
    expect((await secretariat.post(`/api/threads/${suggestion.id}/accept`, {})).status).toBe(200);
    await stored(upstreamId, secretariat.cookie, 'openness and interoperability');
  });

  it('shows every shared fork as a tree, with which passages each kept, changed or dropped', async () => {
    const forkB = (await memberB.client.post<{ id: string }>(`/api/statements/${upstreamId}/forks`, {})).body.id;
    const editor = await open(forkB, memberB.client.cookie);
    editor.doc.transact(() => {
      textNodes(editor.doc)[0]!.insert(0, 'Changed: ');
      const third = textNodes(editor.doc)[2]!;
      third.delete(0, third.length);
    });
    appendParagraph(editor.doc, 'A passage of our own.');
    await stored(forkB, memberB.client.cookie, 'A passage of our own.');

    // Private forks do not appear; shared ones do.
    expect((await secretariat.get<LineageView>(`/api/statements/${upstreamId}/lineage`)).body.forks).toEqual([]);
    expect((await memberB.client.post(`/api/statements/${forkB}/sharing`, { shared: true })).status).toBe(204);
    const grandchild = (await memberA.client.post<{ id: string }>(`/api/statements/${forkB}/forks`, {})).body.id;
    expect((await memberA.client.post(`/api/statements/${grandchild}/sharing`, { shared: true })).status).toBe(204);

    const lineage = (await secretariat.get<LineageView>(`/api/statements/${upstreamId}/lineage`)).body;
    expect(lineage.forks).toHaveLength(1);
    expect(lineage.forks[0]).toMatchObject({
      id: forkB,
      ownerOrg: { name: 'Registry B' },
      passages: { kept: 1, changed: 1, dropped: 1, added: 1 },
      forks: [{ id: grandchild, ownerOrg: { name: 'Registry A' }, passages: { kept: 3, changed: 0, dropped: 0, added: 0 } }],
    });
    expect(lineage.passages.map((passage) => [passage.kept, passage.changed, passage.dropped])).toEqual([
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
  });

  it('lets a fork be published by its own organisation, under its own name', async () => {
    const forkId = (await memberA.client.post<{ id: string; slug: string }>(`/api/statements/${upstreamId}/forks`, {})).body.id;
    const fork = await open(forkId, memberA.client.cookie);
    fork.doc.transact(() => textNodes(fork.doc)[0]!.insert(0, 'Nationally: '));
    await stored(forkId, memberA.client.cookie, 'Nationally:');
    expect((await memberB.client.post(`/api/statements/${forkId}/fork-publication`, {})).status).toBe(404);
    expect((await secretariat.post(`/api/statements/${forkId}/fork-publication`, {})).status).toBe(404);
    // A plain contact manages the fork but does not speak for the organisation: a signatory publishes.
    expect((await memberA.client.post(`/api/statements/${forkId}/fork-publication`, {})).status).toBe(403);
    const signatoryA = await createContact(server, secretariat, { orgId: orgA, role: 'signatory' });
    const published = await signatoryA.client.post<{ stage: string; url: string; number: number; hash: string }>(
      `/api/statements/${forkId}/fork-publication`,
      {},
    );
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ stage: 'published', url: expect.stringContaining('/p/orgs/registry-a/') });
    expect((await signatoryA.client.post(`/api/statements/${forkId}/fork-publication`, {})).status).toBe(409);
    const page = await new ApiClient(server.url, null).request('GET', new URL(published.body.url).pathname);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('Published by Registry A');
    expect(String(page.body)).toContain('Nationally: First passage everyone keeps.');
    expect(String(page.body)).toContain(published.body.hash);
  });
});
