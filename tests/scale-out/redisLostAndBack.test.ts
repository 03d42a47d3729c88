import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type Cluster, startCluster } from '../support/startCluster.ts';
import { waitFor } from '../support/waitFor.ts';

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(/\s+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const readiness = async (url: string) => (await fetch(`${url}/api/ready`)).status;

describe('Redis stopped and restarted mid-session', () => {
  let cluster: Cluster;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster(3);
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.dispose();
  });

  it('refuses sockets and reports not ready while it is down, then everything converges', async () => {
    const [first] = cluster.processes;
    const secretariat = await signInAsSecretariat(first!);
    const orgId = await createOrganisation(secretariat);
    const statement = await createStatement(secretariat);
    const drafters = await Promise.all(cluster.processes.map(() => createDrafter(first!, secretariat, statement.id, orgId)));
    const editors = cluster.processes.map((process, index) => connectCollab(process.wsUrl, statement.id, drafters[index]!.client.cookie));
    clients.push(...editors);
    await Promise.all(editors.map((editor) => waitForSync(editor)));
    for (const process of cluster.processes) expect(await readiness(process.url)).toBe(200);

    const typeRound = (round: number) => {
      for (const [index, editor] of editors.entries()) typeInto(editor.doc, `e${index}r${round} `);
    };
    for (let round = 0; round < 20; round++) typeRound(round);
    await waitFor(() => editors.every((editor) => wordCounts(editor.text()).size === 60), { message: 'the first 60 words everywhere' });

    await cluster.redis.stop(true);
    for (const process of cluster.processes) {
      await waitFor(async () => (await readiness(process.url)) === 503, { message: 'readiness to go down' });
      expect((await fetch(`${process.url}/api/health`)).status).toBe(200);
    }
    await waitFor(() => editors.every((editor) => editor.closes.some((close) => close.code === CloseCode.unavailable.code)), {
      message: 'open sockets to be closed with 4503',
    });
    // Typing goes on offline; a new socket is refused with 4503 while Redis is away.
    for (let round = 20; round < 40; round++) typeRound(round);
    const newcomer = connectCollab(first!.wsUrl, statement.id, drafters[0]!.client.cookie);
    clients.push(newcomer);
    await waitFor(() => newcomer.closes.some((close) => close.code === CloseCode.unavailable.code), { message: 'a new socket refused with 4503' });

    await cluster.redis.restart();
    for (const process of cluster.processes) {
      await waitFor(async () => (await readiness(process.url)) === 200, { timeoutMs: 20_000, message: 'readiness to come back' });
    }
    for (let round = 40; round < 60; round++) typeRound(round);
    const everyone = [...editors, newcomer];
    await waitFor(() => everyone.every((client) => client.text() === editors[0]!.text()) && wordCounts(editors[0]!.text()).size === 180, {
      timeoutMs: 60_000,
      intervalMs: 100,
      message: 'every editor to hold the same 180 words',
    });
    expect([...wordCounts(editors[0]!.text()).values()].every((count) => count === 1)).toBe(true);
  }, 180_000);
});
