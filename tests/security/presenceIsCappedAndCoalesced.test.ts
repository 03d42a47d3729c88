import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '../../shared/collab/protocol.ts';
import { awarenessMessage, type AwarenessEntry } from '../support/awarenessMessage.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { openRawCollabSocket, type RawCollabSocket } from '../support/rawCollabSocket.ts';
import { waitFor } from '../support/waitFor.ts';

/**
 * M8: every editor stores and re-sends every peer's presence, so one client's state is capped (about
 * 2 KB of JSON), and a burst of presence changes reaches the others as a few frames, not one each.
 */
describe('presence (awareness)', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  async function open(cookie: string | null): Promise<RawCollabSocket> {
    const socket = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, cookie);
    await socket.opened;
    await waitFor(() => socket.framesOfType(MessageType.sync).length > 0, { message: 'the server sync step 1' });
    return socket;
  }

  function entriesFor(socket: RawCollabSocket, clientId: number): AwarenessEntry[] {
    return socket.framesOfType(MessageType.awareness).flatMap((frame) => awarenessMessage.decode(frame).filter((entry) => entry.clientId === clientId));
  }

  it('drops a state over the cap, coalesces a burst and still delivers the leaving', async () => {
    const drafter = await fixture.drafter();
    const member = await fixture.member();
    const bystander = await open(member.client.cookie);
    const sender = await open(drafter.client.cookie);
    const clientId = 4242;

    sender.send(awarenessMessage.encode([{ clientId, clock: 1, state: { cursor: 'x'.repeat(3_000) } }]));
    sender.send(awarenessMessage.encode([{ clientId, clock: 2, state: { cursor: 'small' } }]));
    await waitFor(() => entriesFor(bystander, clientId).some((entry) => entry.clock === 2), { message: 'the small state at the bystander' });
    expect(entriesFor(bystander, clientId).map((entry) => entry.clock)).toEqual([2]);

    const framesBefore = bystander.framesOfType(MessageType.awareness).length;
    for (let clock = 3; clock <= 42; clock++) sender.send(awarenessMessage.encode([{ clientId, clock, state: { cursor: clock } }]));
    await waitFor(() => entriesFor(bystander, clientId).some((entry) => entry.clock === 42), { message: 'the last state of the burst' });
    // Forty changes in one go: a handful of frames at most (one per broadcast interval), with the last state.
    expect(bystander.framesOfType(MessageType.awareness).length - framesBefore).toBeLessThanOrEqual(5);
    expect(entriesFor(bystander, clientId).at(-1)).toMatchObject({ clock: 42, state: { cursor: 42 } });

    sender.socket.close();
    await waitFor(() => entriesFor(bystander, clientId).some((entry) => entry.state === null), { message: 'the leaving at the bystander' });
    bystander.socket.close();
  });
});
