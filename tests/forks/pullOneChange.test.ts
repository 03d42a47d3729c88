import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpstreamView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { appendParagraph, textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';

/** The fork's paragraphs, as a fresh client sees them (so: as stored). */
async function storedParagraphs(server: AccordProcess, id: string, cookie: string | null): Promise<string[]> {
  const witness = connectCollab(server.wsUrl, id, cookie);
  await waitForSync(witness);
  const paragraphs = textNodes(witness.doc).map((text) => text.toString());
  witness.destroy();
  return paragraphs;
}

describe('pulling upstream changes one at a time', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let member: Contact;
  let upstreamId: string;
  let forkId: string;
  let upstream: CollabClient;
  let fork: CollabClient;

  const changes = async () => (await member.client.get<UpstreamView>(`/api/statements/${forkId}/upstream`)).body.changes;
  const pull = (key?: string) => member.client.post(`/api/statements/${forkId}/upstream/pull`, key ? { key } : {});

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    member = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(member, orgId);
    upstreamId = (await createStatement(secretariat, 'Coalition text')).id;
    upstream = connectCollab(server.wsUrl, upstreamId, secretariat.cookie);
    await waitForSync(upstream);
    writeParagraphs(upstream.doc, ['Alpha: we support openness.', 'Beta: we value stability.', 'Gamma: we ask for funding.']);
    await waitFor(async () => (await storedParagraphs(server, upstreamId, secretariat.cookie)).length === 3, { message: 'upstream stored' });
    forkId = (await member.client.post<{ id: string }>(`/api/statements/${upstreamId}/forks`, {})).body.id;
    fork = connectCollab(server.wsUrl, forkId, member.client.cookie);
    await waitForSync(fork);

    // Upstream: Alpha and Gamma change, Delta is added; the fork changes Alpha too, elsewhere.
    upstream.doc.transact(() => {
      const [alpha, , gamma] = textNodes(upstream.doc);
      alpha!.insert(alpha!.toString().indexOf('openness'), 'radical ');
      gamma!.insert(gamma!.length, ' Soon.');
    });
    appendParagraph(upstream.doc, 'Delta: a new upstream paragraph.');
    fork.doc.transact(() => textNodes(fork.doc)[0]!.insert(0, 'OURS '));
    await waitFor(async () => (await storedParagraphs(server, upstreamId, secretariat.cookie)).length === 4, { message: 'upstream changes stored' });
    await waitFor(async () => (await storedParagraphs(server, forkId, member.client.cookie))[0]!.startsWith('OURS '), { message: 'fork edit stored' });
  });

  afterAll(async () => {
    upstream?.destroy();
    fork?.destroy();
    await server?.dispose();
  });

  it('lists each change by passage and pulls only the chosen one', async () => {
    const listed = await changes();
    expect(listed.map((change) => [change.kind, change.after])).toEqual([
      ['changed', 'Alpha: we support radical openness.'],
      ['changed', 'Gamma: we ask for funding. Soon.'],
      ['added', 'Delta: a new upstream paragraph.'],
    ]);
    expect((await pull(listed[0]!.key)).status).toBe(204);
    expect(await storedParagraphs(server, forkId, member.client.cookie)).toEqual([
      'OURS Alpha: we support radical openness.',
      'Beta: we value stability.',
      'Gamma: we ask for funding.',
    ]);
    expect((await changes()).map((change) => change.kind)).toEqual(['changed', 'added']);
    expect((await pull(listed[0]!.key)).status).toBe(409);
  });

  it('adds a new upstream paragraph where it belongs', async () => {
    const added = (await changes()).find((change) => change.kind === 'added')!;
    expect((await pull(added.key)).status).toBe(204);
    expect(await storedParagraphs(server, forkId, member.client.cookie)).toEqual([
      'OURS Alpha: we support radical openness.',
      'Beta: we value stability.',
      'Gamma: we ask for funding.',
      'Delta: a new upstream paragraph.',
    ]);
  });

  it('then pulls the rest: every change once, the fork’s own edit kept, nothing doubled', async () => {
    expect((await pull()).status).toBe(204);
    const paragraphs = await storedParagraphs(server, forkId, member.client.cookie);
    expect(paragraphs).toEqual([
      'OURS Alpha: we support radical openness.',
      'Beta: we value stability.',
      'Gamma: we ask for funding. Soon.',
      'Delta: a new upstream paragraph.',
    ]);
    expect(await changes()).toEqual([]);
    await waitFor(() => fork.text().includes('Soon.'), { message: 'the fork editor updated' });
    expect(fork.text().split('radical')).toHaveLength(2);
    expect(fork.text().split('Delta')).toHaveLength(2);
  });

  it('pulls a paragraph upstream deleted', async () => {
    upstream.doc.transact(() => {
      const fragment = textNodes(upstream.doc)[1]!.parent!.parent as import('yjs').XmlFragment;
      fragment.delete(1, 1);
    });
    await waitFor(async () => (await changes()).some((change) => change.kind === 'removed'), { message: 'the removal listed' });
    const removed = (await changes()).find((change) => change.kind === 'removed')!;
    expect(removed.before).toBe('Beta: we value stability.');
    expect((await pull(removed.key)).status).toBe(204);
    expect(await storedParagraphs(server, forkId, member.client.cookie)).not.toContain('Beta: we value stability.');
    expect((await pull()).status).toBe(204);
    expect(await storedParagraphs(server, forkId, member.client.cookie)).toEqual([
      'OURS Alpha: we support radical openness.',
      'Gamma: we ask for funding. Soon.',
      'Delta: a new upstream paragraph.',
    ]);
  });
});
