import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.ts';
import { waitFor } from '../support/waitFor.ts';

/** M8: one account (or a crowd on one statement) cannot open sockets without end. */
describe('collaboration connections', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture({ env: { ACCORD_MAX_CONNECTIONS_PER_USER: '2', ACCORD_MAX_CONNECTIONS_PER_STATEMENT: '3' } });
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  async function open(cookie: string | null): Promise<RawCollabSocket> {
    const socket = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, cookie);
    await socket.opened;
    return socket;
  }

  async function attached(socket: RawCollabSocket): Promise<void> {
    await waitFor(() => socket.framesOfType(MessageType.sync).length > 0, { message: 'the server sync step 1' });
  }

  it('are capped per user and per statement, and a closed one frees its place', async () => {
    const drafter = await fixture.drafter();
    const first = await open(drafter.client.cookie);
    const second = await open(drafter.client.cookie);
    await Promise.all([attached(first), attached(second)]);
    const third = await open(drafter.client.cookie);
    expect(await third.waitForClose()).toBe(CloseCode.tooManyConnections.code);

    const member = await fixture.member();
    const other = await fixture.member();
    const memberSocket = await open(member.client.cookie);
    await attached(memberSocket);
    const overStatement = await open(other.client.cookie);
    expect(await overStatement.waitForClose()).toBe(CloseCode.tooManyConnections.code);

    first.socket.close();
    await first.waitForClose();
    // The server may see the close a moment after the client does: retry until the place is free.
    const again = await waitFor(
      async () => {
        const socket = await open(other.client.cookie);
        await waitFor(() => socket.closeCode !== null || socket.framesOfType(MessageType.sync).length > 0, { message: 'attached or refused' });
        return socket.closeCode === null ? socket : null;
      },
      { message: 'a socket in the freed place' },
    );
    expect(again.closeCode).toBeNull();
    for (const socket of [second, memberSocket, again]) socket.socket.close();
  });
});
