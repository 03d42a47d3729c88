import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import { fragmentText, typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { savedAnswers } from '../support/savedAnswers.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { waitFor } from '../support/waitFor.ts';

const SYNC_UPDATE = 2;

describe('the Saved acknowledgement', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('answers a query only once what was sent before it is in the database', async () => {
    const drafter = await fixture.drafter();
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await raw.opened;
    await waitFor(() => raw.framesOfType(MessageType.sync).length > 0, { message: 'the first sync message' });

    for (let index = 0; index < 20; index++) raw.send(frame([MessageType.sync, SYNC_UPDATE], paragraphUpdate(`stored-${index}`)));
    raw.send(savedMessage.encodeQuery(7));
    const answers = await waitFor(() => (savedAnswers(raw).length > 0 ? savedAnswers(raw) : null), { message: 'the answer' });
    // Read the database at the moment the answer is here: everything must already be on disk.
    const stored = fragmentText((await readStoredDocument(fixture.server, fixture.statementId)).doc);
    expect(answers).toEqual([{ query: 7, accepted: 1 }]);
    for (let index = 0; index < 20; index++) expect(stored).toContain(`stored-${index}`);
    raw.socket.close();
  });

  it('is not answered while the database cannot take the write', async () => {
    const drafter = await fixture.drafter();
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await raw.opened;
    await waitFor(() => raw.framesOfType(MessageType.sync).length > 0, { message: 'the first sync message' });
    // Hold the database's write lock: the server cannot store until it is released.
    const database = openTestDatabase(fixture.server);
    const release = await database.holdWriteLock('document_updates');
    try {
      raw.send(frame([MessageType.sync, SYNC_UPDATE], paragraphUpdate('waited-for-disk')));
      raw.send(savedMessage.encodeQuery(11));
      await expect(waitFor(() => savedAnswers(raw).length > 0, { timeoutMs: 400, message: 'an answer' })).rejects.toThrow(/Timed out/);
    } finally {
      await release();
      await database.close();
    }
    await waitFor(() => savedAnswers(raw).length > 0, { message: 'the answer once the write went through' });
    expect(savedAnswers(raw)).toEqual([{ query: 11, accepted: 1 }]);
    expect(fragmentText((await readStoredDocument(fixture.server, fixture.statementId)).doc)).toContain('waited-for-disk');
    raw.socket.close();
  });

  it('tells a read-only connection that its updates were not accepted', async () => {
    const member = await fixture.member();
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, member.client.cookie);
    await raw.opened;
    raw.send(frame([MessageType.sync, SYNC_UPDATE], paragraphUpdate('read-only words')));
    raw.send(savedMessage.encodeQuery(3));
    await waitFor(() => savedAnswers(raw).length > 0, { message: 'the answer' });
    expect(savedAnswers(raw)).toEqual([{ query: 3, accepted: 0 }]);
    expect(fragmentText((await readStoredDocument(fixture.server, fixture.statementId)).doc)).not.toContain('read-only words');
    raw.socket.close();
  });

  it('is never sent to the stock provider, which does not ask', async () => {
    const drafter = await fixture.drafter();
    const client = fixture.connect(drafter.client.cookie);
    const unexpected: number[] = [];
    client.provider.messageHandlers[MessageType.saved] = () => unexpected.push(MessageType.saved);
    await waitForSync(client);
    typeInto(client.doc, 'plain provider');
    const other = fixture.connect(drafter.client.cookie);
    await waitFor(() => other.text().includes('plain provider'), { message: 'the edit to travel' });
    expect(unexpected).toEqual([]);
  });
});
