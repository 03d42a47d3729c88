import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { awarenessMessage } from '../support/awarenessMessage.ts';
import { fragmentText, typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { waitFor } from '../support/waitFor.ts';

const EDITS = 15;
/** Generous: a liveness bound, not a benchmark. */
const MAX_DELAY_MS = 2_000;
const MAX_FLOOD_SOCKETS = 40;

/** Many small structs: a costly update to decode, in under a megabyte. */
function heavyUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const text = doc.getText('heavy');
  doc.transact(() => {
    for (let index = 0; index < 60_000; index++) text.insert(index % 2 === 0 ? 0 : text.length, 'h');
  });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * M8 liveness: a read-only contact flooding every cheap-to-send, costly-to-answer message does not
 * hold up a writer's edits on their way to other editors, and nothing it sends is stored.
 */
describe('a read-only socket flooding the server', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it("does not hold up a writer's edits, and none of its frames is stored", async () => {
    const drafter = await fixture.drafter();
    const otherDrafter = await fixture.drafter();
    const member = await fixture.member();

    // A statement long enough that every sync answer costs something.
    const seeder = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await seeder.opened;
    seeder.send(frame([MessageType.sync, 2], paragraphUpdate(`SEED ${'lorem ipsum '.repeat(40_000)}`)));
    seeder.send(savedMessage.encodeQuery(1));
    await waitFor(() => seeder.framesOfType(MessageType.saved).length > 0, { message: 'the seed stored' });
    seeder.socket.close();

    const writer = fixture.connect(drafter.client.cookie);
    const bystander = fixture.connect(otherDrafter.client.cookie);
    await Promise.all([waitForSync(writer), waitForSync(bystander)]);

    const stale = new Y.Doc();
    stale.getText('other').insert(0, 'x');
    const burst: Uint8Array[] = [];
    for (let index = 0; index < 30; index++) burst.push(frame([MessageType.sync, 0], Y.encodeStateVector(stale)), frame([MessageType.queryAwareness]));
    for (let index = 0; index < 100; index++) {
      burst.push(awarenessMessage.encode([{ clientId: 9_000 + (index % 4), clock: index + 1, state: { cursor: 'c'.repeat(1_500), index } }]));
    }
    for (let index = 0; index < 10; index++) burst.push(frame([MessageType.sync, 2], paragraphUpdate(`READER-FLOOD ${'r'.repeat(50_000)}`)));
    const heavy = frame([MessageType.sync, 2], heavyUpdate());
    for (let index = 0; index < 10; index++) burst.push(heavy);

    let flooding = true;
    let floodSockets = 0;
    const flood = (async () => {
      while (flooding && floodSockets < MAX_FLOOD_SOCKETS) {
        floodSockets++;
        const reader = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, member.client.cookie);
        try {
          await reader.opened;
        } catch {
          continue;
        }
        for (const bytes of burst) reader.send(bytes);
        await reader.waitForClose(3_000).catch(() => reader.socket.terminate());
        reader.socket.terminate();
      }
    })();

    const delays: number[] = [];
    try {
      for (let edit = 0; edit < EDITS; edit++) {
        const word = `WRITER-${edit}`;
        const sentAt = Date.now();
        typeInto(writer.doc, ` ${word}`);
        await waitFor(() => bystander.text().includes(word), { timeoutMs: MAX_DELAY_MS, intervalMs: 10, message: `${word} at the bystander` });
        delays.push(Date.now() - sentAt);
      }
    } finally {
      flooding = false;
      await flood;
    }
    expect(delays.every((delay) => delay <= MAX_DELAY_MS)).toBe(true);
    expect(floodSockets).toBeGreaterThan(1);

    writer.destroy();
    bystander.destroy();
    const stored = (await readStoredDocument(fixture.server, fixture.statementId)).doc;
    expect(fragmentText(stored)).toContain(`WRITER-${EDITS - 1}`);
    expect(fragmentText(stored)).not.toContain('READER-FLOOD');
    expect(stored.getText('heavy').length).toBe(0);
  }, 120_000);
});
