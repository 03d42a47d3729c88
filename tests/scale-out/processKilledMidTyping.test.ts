import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type Cluster, startCluster } from '../support/startCluster.ts';
import { waitFor } from '../support/waitFor.ts';

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(/\s+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('a process SIGKILLed while its editors type', () => {
  let cluster: Cluster;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster(3);
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.dispose();
  });

  it('its editors reconnect to another process; nothing forwarded is lost or doubled', async () => {
    const [first, second, third] = cluster.processes;
    const secretariat = await signInAsSecretariat(first!);
    const orgId = await createOrganisation(secretariat);
    const statement = await createStatement(secretariat);
    const drafters = await Promise.all([0, 1, 2].map(() => createDrafter(first!, secretariat, statement.id, orgId)));
    const watcher = connectCollab(first!.wsUrl, statement.id, drafters[0]!.client.cookie);
    const bystander = connectCollab(second!.wsUrl, statement.id, drafters[1]!.client.cookie);
    const typist = connectCollab(third!.wsUrl, statement.id, drafters[2]!.client.cookie);
    clients.push(watcher, bystander, typist);
    await Promise.all(clients.map((client) => waitForSync(client)));

    let typed = 0;
    const typeSome = async (count: number) => {
      for (let index = 0; index < count; index++) {
        typeInto(typist.doc, `t${typed++} `);
        typeInto(bystander.doc, `b${typed} `);
        await turn();
      }
    };
    await typeSome(60);
    // The load balancer sends the typist's reconnect to another process.
    typist.provider.serverUrl = second!.wsUrl;
    const killing = third!.kill();
    await typeSome(20);
    await killing;
    // What the watcher saw from the typist was forwarded: it must survive, once.
    const forwarded = [...wordCounts(watcher.text()).keys()].filter((word) => word.startsWith('t'));
    expect(forwarded.length).toBeGreaterThan(0);
    await typeSome(40);

    const expectedWords = typed * 2;
    await waitFor(
      () =>
        typist.provider.wsconnected &&
        [bystander, typist].every((client) => client.text() === watcher.text()) &&
        wordCounts(watcher.text()).size === expectedWords,
      { timeoutMs: 60_000, intervalMs: 100, message: `every editor to hold the same ${expectedWords} words` },
    );
    const counts = wordCounts(watcher.text());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    for (const word of forwarded) expect(counts.get(word)).toBe(1);

    // What is stored is that text: a process that never had the document loads the same.
    const fresh = await cluster.add();
    const reader = connectCollab(fresh.wsUrl, statement.id, drafters[0]!.client.cookie);
    clients.push(reader);
    await waitForSync(reader);
    await waitFor(() => reader.text() === watcher.text(), { timeoutMs: 20_000, message: 'a fresh process to load the same text' });
  }, 120_000);
});
