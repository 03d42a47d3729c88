import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType, READ_ONLY_MAX_FRAME_BYTES } from '../../shared/collab/protocol.ts';
import { fragmentText } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { waitFor } from '../support/waitFor.ts';

/** M8: a reader has nothing big to send, so its frames are capped far below a writer's (8 MiB). */
describe('a frame over the read-only limit', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('closes a reader (1009, refused from its header), while a writer may send it', async () => {
    const big = paragraphUpdate(`BIG-${'x'.repeat(READ_ONLY_MAX_FRAME_BYTES + 1_000)}`);
    expect(big.byteLength).toBeGreaterThan(READ_ONLY_MAX_FRAME_BYTES);

    const member = await fixture.member();
    const reader = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, member.client.cookie);
    await reader.opened;
    await waitFor(() => reader.framesOfType(MessageType.sync).length > 0, { message: 'the server sync step 1' });
    reader.send(frame([MessageType.sync, 2], big));
    expect(await reader.waitForClose()).toBe(1009);

    const drafter = await fixture.drafter();
    const writer = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await writer.opened;
    writer.send(frame([MessageType.sync, 2], big));
    await waitFor(async () => fragmentText((await readStoredDocument(fixture.server, fixture.statementId)).doc).includes('BIG-'), {
      message: "the writer's big paragraph stored",
    });
    expect(writer.closeCode).toBeNull();
    writer.socket.close();
  });
});
