import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type Cluster, startCluster } from '../support/startCluster.ts';
import { waitFor } from '../support/waitFor.ts';

/** Each word exactly once: nothing lost, nothing doubled. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(/\s+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

describe('drafters on different processes', () => {
  let cluster: Cluster;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    // A low compaction threshold: processes compact while others write, so catching up first matters.
    cluster = await startCluster(3, { ACCORD_COMPACT_AFTER_UPDATES: '40' });
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.dispose();
  });

  it('converge on 300 concurrent edits, every word once, and a late joiner loads the same text', async () => {
    const [first, second, third] = cluster.processes;
    const secretariat = await signInAsSecretariat(first!);
    const orgId = await createOrganisation(secretariat);
    const statement = await createStatement(secretariat);
    const drafters = await Promise.all([first!, second!, third!].map(() => createDrafter(first!, secretariat, statement.id, orgId)));
    const editors = cluster.processes.map((process, index) => connectCollab(process.wsUrl, statement.id, drafters[index]!.client.cookie));
    clients.push(...editors);
    await Promise.all(editors.map((editor) => waitForSync(editor)));

    const rounds = 100;
    for (let round = 0; round < rounds; round++) {
      for (const [index, editor] of editors.entries()) typeInto(editor.doc, `p${index}w${round} `);
      // Yield now and then so frames interleave across processes instead of arriving as one burst.
      if (round % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    }

    const expected = rounds * editors.length;
    await waitFor(() => editors.every((editor) => editor.text() === editors[0]!.text()) && wordCounts(editors[0]!.text()).size === expected, {
      timeoutMs: 60_000,
      message: `all three editors to hold the same ${expected} words`,
    });
    const counts = wordCounts(editors[0]!.text());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);

    // A fresh editor on each process (documents loaded or reloaded there) reads exactly that text.
    for (const process of cluster.processes) {
      const late = connectCollab(process.wsUrl, statement.id, drafters[0]!.client.cookie);
      clients.push(late);
      await waitForSync(late);
      await waitFor(() => late.text() === editors[0]!.text(), { timeoutMs: 20_000, message: 'a late editor to read the converged text' });
    }
  }, 120_000);
});
