import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { openRawCollabSocket } from '../support/rawCollabSocket.ts';

const UPDATES = 40_000;

/**
 * L4: a socket that is authorised but still waiting for its document to load must be reached by
 * revocations too; otherwise it attaches, signed out, after the logout returned.
 */
describe('signing out everywhere while a socket waits for a big document to load', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    // A long update log, never folded into a snapshot: loading it takes a while.
    fixture = await startCollabFixture({ env: { ACCORD_COMPACT_AFTER_UPDATES: '1000000' } });
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = doc.getText('bulk');
    for (let index = 0; index < UPDATES; index++) text.insert(index % 2 === 0 ? 0 : text.length, 'x');
    const database = openTestDatabase(fixture.server);
    try {
      await database.insertRows(
        'document_updates',
        ['statement_id', 'data'],
        updates.map((update) => [fixture.statementId, update]),
      );
    } finally {
      await database.close();
    }
    // Cold: nothing of the statement in memory when the socket arrives.
    fixture.server = await fixture.server.restart();
  }, 120_000);

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('closes that socket too', async () => {
    const drafter = await fixture.drafter();
    const socket = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await socket.opened;
    await drafter.client.post('/api/auth/logout-everywhere');
    // Still loading when the logout returned: the server has not sent its sync step 1 yet.
    expect(socket.frames.length).toBe(0);
    expect(await socket.waitForClose(30_000)).toBe(CloseCode.unauthorised.code);
  }, 60_000);
});
