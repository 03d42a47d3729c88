import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/api/types.ts';
import { MessageType } from '../../shared/collab/protocol.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { frame, openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.ts';
import { type Cluster, startCluster } from '../support/startCluster.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';

function pushedThreads(raw: RawCollabSocket): ThreadView[] {
  return raw.framesOfType(MessageType.threads).map((bytes) => {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarUint(decoder);
    return JSON.parse(decoding.readVarString(decoder)) as ThreadView;
  });
}

describe('comment pushes across processes', () => {
  let cluster: Cluster;
  const sockets: RawCollabSocket[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster(3);
  }, 120_000);

  afterAll(async () => {
    for (const raw of sockets) raw.socket.close();
    for (const client of clients) client.destroy();
    await cluster?.dispose();
  });

  it('a thread opened through one process is pushed to editors on every process', async () => {
    const [first, second] = cluster.processes;
    const secretariat = await signInAsSecretariat(first!);
    const orgId = await createOrganisation(secretariat);
    const statementId = (await createStatement(secretariat)).id;
    const drafter = await createDrafter(first!, secretariat, statementId, orgId);
    const writer = connectCollab(second!.wsUrl, statementId, secretariat.cookie);
    clients.push(writer);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Coalition text about openness and interoperability.']);
    for (const process of cluster.processes) {
      const raw = openRawCollabSocket(process.wsUrl, statementId, drafter.client.cookie);
      await raw.opened;
      raw.send(frame([MessageType.threads]));
      sockets.push(raw);
    }
    const anchors = anchorsAround(writer.doc, 'openness');
    // Opened through the first process, whose copy must hold the text the anchors point into.
    const created = await waitFor(
      async () => {
        const response = await secretariat.post<ThreadView>(`/api/statements/${statementId}/threads`, {
          kind: 'comment',
          ...anchors,
          body: 'A remark',
          visibility: 'coalition',
        });
        return response.status === 201 ? response : null;
      },
      { message: 'the thread opened' },
    );
    for (const [index, raw] of sockets.entries()) {
      await waitFor(() => pushedThreads(raw).some((thread) => thread.id === created.body.id), { message: `the push on process ${index}` });
    }
    expect(pushedThreads(sockets[2]!).filter((thread) => thread.id === created.body.id)).toHaveLength(1);
  }, 120_000);
});
