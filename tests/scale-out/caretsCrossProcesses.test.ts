import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type Cluster, startCluster } from '../support/startCluster.ts';
import { waitFor } from '../support/waitFor.ts';

describe('carets of editors on another process', () => {
  let cluster: Cluster;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster(3);
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.dispose();
  });

  const caretOf = (viewer: CollabClient, editor: CollabClient) =>
    viewer.provider.awareness.getStates().get(editor.doc.clientID) as { cursor?: unknown; user?: { name?: string } } | undefined;

  it('appear, move, and disappear when the editor leaves or its process dies', async () => {
    const [first, second, third] = cluster.processes;
    const secretariat = await signInAsSecretariat(first!);
    const orgId = await createOrganisation(secretariat);
    const statement = await createStatement(secretariat);
    const ada = await createDrafter(first!, secretariat, statement.id, orgId);
    const bob = await createDrafter(first!, secretariat, statement.id, orgId);
    const cyd = await createDrafter(first!, secretariat, statement.id, orgId);

    const watcher = connectCollab(first!.wsUrl, statement.id, ada.client.cookie);
    const leaving = connectCollab(second!.wsUrl, statement.id, bob.client.cookie);
    const crashing = connectCollab(third!.wsUrl, statement.id, cyd.client.cookie);
    clients.push(watcher, leaving, crashing);
    await Promise.all([watcher, leaving, crashing].map((client) => waitForSync(client)));

    leaving.provider.awareness.setLocalStateField('cursor', { at: 1 });
    crashing.provider.awareness.setLocalStateField('cursor', { at: 2 });
    await waitFor(() => caretOf(watcher, leaving)?.cursor !== undefined && caretOf(watcher, crashing)?.cursor !== undefined, {
      message: 'carets from the two other processes',
    });
    // The identity comes from the session, set by the process the editor is connected to.
    expect(caretOf(watcher, leaving)?.user?.name).toBe(bob.name);

    leaving.provider.awareness.setLocalStateField('cursor', { at: 7 });
    await waitFor(() => (caretOf(watcher, leaving)?.cursor as { at?: number } | undefined)?.at === 7, { message: 'the caret to move' });

    leaving.destroy();
    await waitFor(() => caretOf(watcher, leaving) === undefined, { message: 'the caret of an editor who left to disappear' });
    expect(caretOf(watcher, crashing)).toBeDefined();

    // A dead process renews nobody's presence: its editors' carets time out everywhere (30 s).
    await third!.kill();
    await waitFor(() => caretOf(watcher, crashing) === undefined, {
      timeoutMs: 60_000,
      intervalMs: 200,
      message: 'the caret of an editor on a dead process to disappear',
    });
  }, 120_000);
});
