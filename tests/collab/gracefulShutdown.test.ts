import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { connectCollab, typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { waitFor } from '../support/waitFor.ts';

describe('SIGTERM', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('closes sockets with 1012 (come back later), exits 0, and keeps every edit', async () => {
    const drafters = await Promise.all([fixture.drafter(), fixture.drafter()]);
    const clients = drafters.map((drafter) => connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie));
    await Promise.all(clients.map((client) => waitForSync(client)));
    typeInto(clients[0]!.doc, 'first drafter ');
    typeInto(clients[1]!.doc, 'second drafter ');
    await waitFor(() => clients.every((client) => client.text().includes('first drafter') && client.text().includes('second drafter')), {
      message: 'both edits everywhere',
    });

    expect(await fixture.server.stop()).toBe(0);
    await waitFor(() => clients.every((client) => client.closes.length > 0), { message: 'both sockets closed' });
    for (const client of clients) {
      expect(client.closes[0]?.code).toBe(CloseCode.serverRestart.code);
      // 1012 is not a refusal: the stock provider keeps trying to come back.
      expect(client.provider.shouldConnect).toBe(true);
    }
    for (const client of clients) client.destroy();

    fixture.server = await fixture.server.restart();
    const fresh = connectCollab(fixture.server.wsUrl, fixture.statementId, drafters[0]!.client.cookie);
    await waitForSync(fresh);
    expect(fresh.text()).toContain('first drafter');
    expect(fresh.text()).toContain('second drafter');
    fresh.destroy();
  });
});
