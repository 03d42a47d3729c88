import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, MAX_FRAME_BYTES, MessageType } from '../../shared/collab/protocol.ts';
import { createStatement } from '../support/coalition.ts';
import { connectCollab, fragmentText, typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { waitFor } from '../support/waitFor.ts';

const SYNC_UPDATE = 2;

describe('a malformed frame', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('closes only its own socket; the process, the document and other documents carry on', async () => {
    const drafter = await fixture.drafter();
    const { id: otherStatementId } = await createStatement(fixture.secretariat, 'Another statement');
    const neighbour = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    const elsewhere = connectCollab(fixture.server.wsUrl, otherStatementId, fixture.secretariat.cookie);
    await Promise.all([waitForSync(neighbour), waitForSync(elsewhere)]);

    const garbage = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await garbage.opened;
    garbage.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    expect(await garbage.waitForClose()).toBe(CloseCode.badMessage.code);

    const unknownType = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await unknownType.opened;
    unknownType.send(frame([77, 1, 2]));
    expect(await unknownType.waitForClose()).toBe(CloseCode.badMessage.code);

    const truncating = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await truncating.opened;
    const update = paragraphUpdate('HALF-APPLIED-GARBAGE');
    truncating.send(frame([MessageType.sync, SYNC_UPDATE], update.subarray(0, update.length - 4)));
    expect(await truncating.waitForClose()).toBe(CloseCode.badMessage.code);

    const trailing = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await trailing.opened;
    trailing.send(new Uint8Array([...frame([MessageType.sync, SYNC_UPDATE], paragraphUpdate('TRAILING-BYTES')), 1, 2, 3]));
    expect(await trailing.waitForClose()).toBe(CloseCode.badMessage.code);

    const oversized = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await oversized.opened;
    oversized.send(new Uint8Array(MAX_FRAME_BYTES + 1));
    expect(await oversized.waitForClose()).toBe(1009);

    expect((await fetch(`${fixture.server.url}/api/health`)).status).toBe(200);
    typeInto(neighbour.doc, 'still editing');
    typeInto(elsewhere.doc, 'elsewhere too');
    const check = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    const checkElsewhere = connectCollab(fixture.server.wsUrl, otherStatementId, fixture.secretariat.cookie);
    await waitFor(() => check.text().includes('still editing'), { message: 'the neighbour to keep working' });
    await waitFor(() => checkElsewhere.text().includes('elsewhere too'), { message: 'the other document to keep working' });
    expect(neighbour.provider.wsconnected && elsewhere.provider.wsconnected).toBe(true);
    for (const text of [check.text(), neighbour.text()]) {
      expect(text).not.toContain('HALF');
      expect(text).not.toContain('TRAILING');
    }

    for (const client of [neighbour, elsewhere, check, checkElsewhere]) client.destroy();
    fixture.server = await fixture.server.restart();
    const stored = fragmentText((await readStoredDocument(fixture.server, fixture.statementId)).doc);
    expect(stored).toContain('still editing');
    expect(stored).not.toContain('HALF');
    expect(stored).not.toContain('TRAILING');
  });
});
