import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { savedAnswers } from '../support/savedAnswers.ts';
import { waitFor } from '../support/waitFor.ts';

describe('a client sending far more messages than its rate', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('is slowed down, not cut off, and loses nothing', async () => {
    const drafter = await fixture.drafter();
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await raw.opened;
    const doc = new Y.Doc();
    const text = doc.getText('flood');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    // Over the burst allowance (2,000) and then some.
    for (let index = 0; index < 3_000; index++) text.insert(text.length, 'f');
    for (const update of updates) raw.send(frame([MessageType.sync, 2], update));
    raw.send(savedMessage.encodeQuery(1));
    await waitFor(() => raw.framesOfType(MessageType.saved).length > 0, { timeoutMs: 20_000, message: 'the saved answer' });
    expect(savedAnswers(raw)[0]).toEqual({ query: 1, accepted: 1 });
    expect(raw.closeCode).toBeNull();
    expect((await readStoredDocument(fixture.server, fixture.statementId)).doc.getText('flood').length).toBe(3_000);
    raw.socket.close();
  });
});
