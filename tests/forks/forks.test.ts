import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView, UpstreamView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { appendParagraph, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

describe('forks', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let upstreamId: string;
  let memberA: Contact;
  let colleagueA: Contact;
  let memberB: Contact;
  let supporter: Contact;
  let forkId: string;
  const clients: CollabClient[] = [];

  const open = async (id: string, who: { cookie: string | null }) => {
    const client = connectCollab(server.wsUrl, id, who.cookie);
    clients.push(client);
    await waitForSync(client);
    return client;
  };
  /** Resolves once a fresh client of `id` sees all of `words` (so the server stored them). */
  const stored = (id: string, who: { cookie: string | null }, ...words: string[]) => waitForStoredText(server.wsUrl, id, who.cookie, ...words);

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgA = await createOrganisation(secretariat, { name: 'Registry A' });
    const orgB = await createOrganisation(secretariat, { name: 'Registry B' });
    const orgS = await createOrganisation(secretariat, { name: 'Supporter S', category: 'supporter' });
    memberA = await createContact(server, secretariat, { orgId: orgA });
    colleagueA = await createContact(server, secretariat, { orgId: orgA });
    memberB = await createContact(server, secretariat, { orgId: orgB });
    supporter = await createContact(server, secretariat, { orgId: orgS });
    await agreeToPurpose(memberA, orgA);
    await agreeToPurpose(memberB, orgB);
    await agreeToPurpose(supporter, orgS);
    upstreamId = (await createStatement(secretariat, 'Coalition statement')).id;
    const editor = await open(upstreamId, secretariat);
    writeParagraphs(editor.doc, ['Alpha paragraph of the coalition.', 'Beta paragraph of the coalition.', 'Gamma paragraph of the coalition.']);
    await stored(upstreamId, secretariat, 'Gamma paragraph');
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  it('are made by member contacts as a private copy owned by their organisation', async () => {
    const created = await memberA.client.post<{ id: string; slug: string }>(`/api/statements/${upstreamId}/forks`, {});
    expect(created.status).toBe(201);
    forkId = created.body.id;
    const fork = await colleagueA.client.get<StatementView>(`/api/statements/${forkId}`);
    expect(fork.body).toMatchObject({ forkOf: upstreamId, shared: false, ownerOrg: { name: 'Registry A' }, access: 'write' });
    const copy = await open(forkId, colleagueA.client);
    expect(copy.text()).toContain('Beta paragraph of the coalition.');

    expect((await supporter.client.post(`/api/statements/${upstreamId}/forks`, {})).status).toBe(403);
    expect((await secretariat.post(`/api/statements/${upstreamId}/forks`, {})).status).toBe(403);
  });

  it('is invisible to other organisations, even the secretariat, over HTTP and the websocket', async () => {
    for (const outsider of [memberB.client, secretariat]) {
      expect((await outsider.get(`/api/statements/${forkId}`)).status).toBe(404);
      const listed = (await outsider.get<StatementView[]>('/api/statements')).body.map((statement) => statement.id);
      expect(listed).not.toContain(forkId);
      const raw = openRawCollabSocket(server.wsUrl, forkId, outsider.cookie);
      expect(await raw.waitForClose()).toBe(4404);
    }
  });

  it('merges upstream changes made concurrently with its own edits: both present, nothing duplicated', async () => {
    const upstreamEditor = await open(upstreamId, secretariat);
    const forkEditor = await open(forkId, memberA.client);
    // At the same time: upstream changes Alpha and adds Delta; the fork changes Beta and Gamma.
    upstreamEditor.doc.transact(() => {
      textNodes(upstreamEditor.doc)[0]!.insert(0, 'UPSTREAM-EDIT ');
    });
    appendParagraph(upstreamEditor.doc, 'Delta paragraph added upstream.');
    forkEditor.doc.transact(() => {
      textNodes(forkEditor.doc)[1]!.insert(0, 'FORK-EDIT ');
      const gamma = textNodes(forkEditor.doc)[2]!;
      gamma.insert(gamma.length, ' National addition.');
    });
    await stored(upstreamId, secretariat, 'UPSTREAM-EDIT', 'Delta paragraph');
    await stored(forkId, memberA.client, 'FORK-EDIT', 'National addition');

    const upstream = await memberA.client.get<UpstreamView>(`/api/statements/${forkId}/upstream`);
    expect(upstream.body.changed).toBe(true);
    expect(upstream.body.changes).toEqual([
      { key: expect.any(String), kind: 'changed', before: 'Alpha paragraph of the coalition.', after: 'UPSTREAM-EDIT Alpha paragraph of the coalition.' },
      { key: expect.any(String), kind: 'added', before: '', after: 'Delta paragraph added upstream.' },
    ]);

    expect((await memberB.client.post(`/api/statements/${forkId}/upstream/pull`, {})).status).toBe(404);
    expect((await memberA.client.post(`/api/statements/${forkId}/upstream/pull`, {})).status).toBe(204);
    await waitFor(() => forkEditor.text().includes('Delta paragraph'), { message: 'the pulled changes in the fork editor' });
    const text = forkEditor.text();
    for (const words of ['UPSTREAM-EDIT', 'Delta paragraph added upstream.', 'FORK-EDIT', 'National addition', 'Beta paragraph of the coalition.']) {
      expect(text.split(words), words).toHaveLength(2);
    }
    expect((await memberA.client.get<UpstreamView>(`/api/statements/${forkId}/upstream`)).body.changed).toBe(false);
    // Pulling again changes nothing.
    expect((await memberA.client.post(`/api/statements/${forkId}/upstream/pull`, {})).status).toBe(204);
    await stored(forkId, memberA.client, 'Delta paragraph');
    expect(forkEditor.text()).toBe(text);
    // The upstream never receives the fork's edits.
    expect(upstreamEditor.text()).not.toContain('FORK-EDIT');
  });

  it('is shared with the coalition by its organisation, and forks of forks keep their lineage', async () => {
    expect((await memberB.client.post(`/api/statements/${forkId}/sharing`, { shared: true })).status).toBe(404);
    expect((await memberA.client.post(`/api/statements/${forkId}/sharing`, { shared: true })).status).toBe(204);
    const seen = await memberB.client.get<StatementView>(`/api/statements/${forkId}`);
    expect(seen.body).toMatchObject({ shared: true, access: 'read' });
    const grandchild = await memberB.client.post<{ id: string }>(`/api/statements/${forkId}/forks`, {});
    expect(grandchild.status).toBe(201);
    const view = await memberB.client.get<StatementView>(`/api/statements/${grandchild.body.id}`);
    expect(view.body).toMatchObject({ forkOf: forkId, ownerOrg: { name: 'Registry B' } });
    const upstream = await memberB.client.get<UpstreamView>(`/api/statements/${grandchild.body.id}/upstream`);
    expect(upstream.body.upstream.id).toBe(forkId);
    expect(upstream.body.changed).toBe(false);
    expect((await memberB.client.get(`/api/statements/${upstreamId}/upstream`)).status).toBe(409);
  });
});
