import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { waitFor } from '../support/waitFor.ts';

const PARAGRAPHS = 200;

describe('50 clients opening a cold document at the same moment', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    // The crowd is one drafter in 50 tabs: over the default per-user socket cap, which is not what this tests.
    fixture = await startCollabFixture({ env: { ACCORD_MAX_CONNECTIONS_PER_USER: '100' } });
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('all get the same complete content: never empty, never duplicated', async () => {
    const drafter = await fixture.drafter();
    const writer = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await waitForSync(writer);
    const fragment = writer.doc.getXmlFragment(TEXT_FRAGMENT);
    for (let index = 0; index < PARAGRAPHS; index++) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Paragraph ${index} of the statement.`)]);
      fragment.insert(fragment.length, [paragraph]);
    }
    const expected = writer.text();
    // A second client holding it all means the server stored it all (it forwards only what is stored).
    const witness = connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie);
    await waitFor(() => witness.text() === expected, { message: 'the witness to hold the whole document' });
    witness.destroy();
    writer.destroy();
    // A graceful restart: the document is cold (not in memory) when the crowd arrives.
    fixture.server = await fixture.server.restart();

    const crowd: CollabClient[] = Array.from({ length: 50 }, () => connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie));
    const firstSyncedTexts: string[] = [];
    for (const client of crowd) client.provider.once('sync', () => firstSyncedTexts.push(client.text()));
    await Promise.all(crowd.map((client) => waitForSync(client, 20_000)));

    expect(firstSyncedTexts).toHaveLength(50);
    for (const text of firstSyncedTexts) expect(text).toBe(expected);
    for (const client of crowd) {
      // +1: the empty paragraph the server created with the statement.
      expect(client.doc.getXmlFragment(TEXT_FRAGMENT).length).toBe(PARAGRAPHS + 1);
      client.destroy();
    }
  });
});
