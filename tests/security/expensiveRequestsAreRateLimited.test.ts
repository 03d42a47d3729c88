import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.ts';
import { waitFor } from '../support/waitFor.ts';

/**
 * M8: sync step 1 (answered with an encode of the document) and queryAwareness (an encode of
 * everyone's presence) cost the server work each; repeated far beyond what an editor does, the
 * connection is closed with CloseCode.rateLimited.
 */
describe('a reader repeating expensive requests', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
    const drafter = await fixture.drafter();
    const writer = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await writer.opened;
    writer.send(frame([MessageType.sync, 2], paragraphUpdate('Some text worth encoding.')));
    writer.send(savedMessage.encodeQuery(1));
    await waitFor(() => writer.framesOfType(MessageType.saved).length > 0, { message: 'the text stored' });
    writer.socket.close();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  async function reader(): Promise<RawCollabSocket> {
    const member = await fixture.member();
    const socket = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, member.client.cookie);
    await socket.opened;
    await waitFor(() => socket.framesOfType(MessageType.sync).length > 0, { message: 'the server sync step 1' });
    return socket;
  }

  it('sync step 1 with a state vector, a hundred times at once: answered a few times, then closed', async () => {
    const socket = await reader();
    const stale = new Y.Doc();
    stale.getText('other').insert(0, 'x');
    const stateVector = Y.encodeStateVector(stale);
    for (let index = 0; index < 100; index++) socket.send(frame([MessageType.sync, 0], stateVector));
    expect(await socket.waitForClose()).toBe(CloseCode.rateLimited.code);
    // The server's own sync step 1, then at most the burst of answers.
    expect(socket.framesOfType(MessageType.sync).length).toBeLessThan(20);
  });

  it('queryAwareness a hundred times at once: answered a few times, then closed', async () => {
    const socket = await reader();
    for (let index = 0; index < 100; index++) socket.send(frame([MessageType.queryAwareness]));
    expect(await socket.waitForClose()).toBe(CloseCode.rateLimited.code);
  });
});
