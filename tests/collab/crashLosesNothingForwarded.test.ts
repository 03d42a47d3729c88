import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { waitFor } from '../support/waitFor.ts';

/** Words of the form `w<client>x<index>`; which client typed a word is in its name. */
function wordsIn(text: string): string[] {
  return text.match(/w\dx\d+/g) ?? [];
}

describe('a crash (SIGKILL) while three drafters type', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('loses nothing that any other client had received', async () => {
    const drafters = await Promise.all([fixture.drafter(), fixture.drafter(), fixture.drafter()]);
    const clients: CollabClient[] = drafters.map((drafter) => connectCollab(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie));
    await Promise.all(clients.map((client) => waitForSync(client)));

    let typing = true;
    const typists = clients.map(async (client, clientIndex) => {
      // Bounded: at most 2,000 words each, and only while the test lets them type.
      for (let index = 0; typing && index < 2_000; index++) {
        typeInto(client.doc, `w${clientIndex}x${index} `);
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
    });
    // Kill once every client has received a good number of the others' words.
    await waitFor(() => clients.every((client, clientIndex) => wordsIn(client.text()).filter((word) => !word.startsWith(`w${clientIndex}`)).length >= 100), {
      timeoutMs: 20_000,
      message: 'each client to receive 100 words from the others',
    });
    await fixture.server.kill();
    const received = new Set<string>();
    clients.forEach((client, clientIndex) => {
      for (const word of wordsIn(client.text())) if (!word.startsWith(`w${clientIndex}`)) received.add(word);
    });
    typing = false;
    await Promise.all(typists);
    // Gone before the restart, so they cannot send their copies again and mask a loss.
    for (const client of clients) client.destroy();

    fixture.server = await fixture.server.restart();
    const fresh = connectCollab(fixture.server.wsUrl, fixture.statementId, drafters[0]!.client.cookie);
    await waitForSync(fresh);
    const stored = new Set(wordsIn(fresh.text()));
    const lost = [...received].filter((word) => !stored.has(word));
    expect(received.size).toBeGreaterThanOrEqual(150);
    expect(lost).toEqual([]);
    fresh.destroy();
  });
});
