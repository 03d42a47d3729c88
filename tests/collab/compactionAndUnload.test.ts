import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCollab, fragmentText, typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { waitFor } from '../support/waitFor.ts';

describe('compaction and unloading', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture({ env: { ACCORD_COMPACT_AFTER_UPDATES: '50', ACCORD_UNLOAD_AFTER_MS: '200' } });
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('folds the update log into a snapshot and reloads the same text after unloading and restarting', async () => {
    const drafter = await fixture.drafter();
    const writer = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await waitForSync(writer);
    const reader = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await waitForSync(reader);
    // 300 separate updates, each its own turn, so each is its own log row.
    for (let index = 0; index < 300; index++) {
      typeInto(writer.doc, `u${index} `);
      await waitFor(() => reader.text().includes(`u${index} `), { intervalMs: 1, message: `update ${index} to arrive` });
    }
    const expected = writer.text();
    const whileOpen = await readStoredDocument(fixture.server, fixture.statementId);
    expect(whileOpen.hasSnapshot).toBe(true);
    expect(whileOpen.updateCount).toBeLessThan(50);
    expect(fragmentText(whileOpen.doc)).toBe(expected);

    writer.destroy();
    reader.destroy();
    // Unloaded after 200 ms idle: compacted to the snapshot alone.
    await waitFor(async () => (await readStoredDocument(fixture.server, fixture.statementId)).updateCount === 0, {
      message: 'the log to be folded in on unload',
    });
    const reopened = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await waitForSync(reopened);
    expect(reopened.text()).toBe(expected);
    reopened.destroy();

    fixture.server = await fixture.server.restart();
    const afterRestart = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await waitForSync(afterRestart);
    expect(afterRestart.text()).toBe(expected);
    afterRestart.destroy();
  });
});
