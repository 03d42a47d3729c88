import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { fragmentText } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { waitFor } from '../support/waitFor.ts';

/** M10 (collab part): an edit that would grow a statement past ACCORD_MAX_DOCUMENT_BYTES is refused. */
describe('an edit past the statement size limit', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture({ env: { ACCORD_MAX_DOCUMENT_BYTES: String(64 * 1024) } });
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('is neither stored nor forwarded, and the writer is closed with 4413 saying the statement is too large', async () => {
    const drafter = await fixture.drafter();
    const member = await fixture.member();
    const bystander = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, member.client.cookie);
    const writer = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await Promise.all([bystander.opened, writer.opened]);
    await waitFor(() => bystander.framesOfType(MessageType.sync).length > 0, { message: 'the bystander attached' });

    writer.send(frame([MessageType.sync, 2], paragraphUpdate(`FIRST-${'a'.repeat(40_000)}`)));
    writer.send(savedMessage.encodeQuery(1));
    await waitFor(() => writer.framesOfType(MessageType.saved).length > 0, { message: 'the first paragraph stored' });

    let reason = '';
    writer.socket.on('close', (_code, buffer: Buffer) => {
      reason = buffer.toString();
    });
    writer.send(frame([MessageType.sync, 2], paragraphUpdate(`SECOND-${'b'.repeat(40_000)}`)));
    expect(await writer.waitForClose()).toBe(CloseCode.statementTooLarge.code);
    expect(reason).toMatch(/statement is too large/);

    // A later edit by someone else is stored and forwarded: had the refused one been, it would be there first.
    const other = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await other.opened;
    other.send(frame([MessageType.sync, 2], paragraphUpdate('THIRD')));
    await waitFor(() => bystander.frames.some((bytes) => Buffer.from(bytes).includes('THIRD')), { message: 'the small edit at the bystander' });
    expect(bystander.frames.some((bytes) => Buffer.from(bytes).includes('SECOND-'))).toBe(false);
    const stored = fragmentText((await readStoredDocument(fixture.server, fixture.statementId)).doc);
    expect(stored).toContain('FIRST-');
    expect(stored).toContain('THIRD');
    expect(stored).not.toContain('SECOND-');
    other.socket.close();
    bystander.socket.close();
  });
});
