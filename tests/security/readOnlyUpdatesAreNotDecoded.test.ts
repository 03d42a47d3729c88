import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { fragmentText } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { waitFor } from '../support/waitFor.ts';

/** M8: a reader's updates are dropped before anything decodes them (decoding is what a flood makes the server pay). */
describe('updates from a read-only connection', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('are dropped without being decoded: garbage is not even noticed, and nothing is stored', async () => {
    const member = await fixture.member();
    const reader = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, member.client.cookie);
    await reader.opened;
    await waitFor(() => reader.framesOfType(MessageType.sync).length > 0, { message: 'the server sync step 1' });
    // Bytes that are no Yjs update at all: a decoder would refuse them and close the socket (4400).
    reader.send(frame([MessageType.sync, 2], Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3)));
    reader.send(frame([MessageType.sync, 1], Uint8Array.of(7, 7, 7)));
    reader.send(frame([MessageType.sync, 2], paragraphUpdate('READER-WAS-HERE')));
    reader.send(savedMessage.encodeQuery(5));
    const answer = await waitFor(() => reader.framesOfType(MessageType.saved)[0], { message: 'the saved answer' });
    const decoder = decoding.createDecoder(answer);
    decoding.readVarUint(decoder);
    expect(savedMessage.decodeAnswer(decoder)).toEqual({ queryNumber: 5, accepted: false });
    expect(reader.closeCode).toBeNull();
    expect(fragmentText((await readStoredDocument(fixture.server, fixture.statementId)).doc)).not.toContain('READER-WAS-HERE');
    reader.socket.close();
  });
});
