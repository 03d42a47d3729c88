import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollabClient, typeInto, waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { waitFor } from '../support/waitFor.ts';

const CROWD = 24;

/**
 * The stock provider sends every presence change it hears back to the server. With more people than
 * fit in a small frame, those echoes once ended every connection as malformed, and a departed
 * client's last caret, echoed back by someone else, could come back as a ghost.
 */
describe('presence in a crowded document', () => {
  let fixture: CollabFixture;
  let crowd: CollabClient[];

  beforeAll(async () => {
    fixture = await startCollabFixture();
    // A few people with several tabs each: the per-person socket cap stays out of the way.
    const people = await Promise.all(Array.from({ length: CROWD / 6 }, () => fixture.drafter()));
    crowd = Array.from({ length: CROWD }, (_, index) => fixture.connect(people[index % people.length]!.client.cookie));
    await Promise.all(crowd.map((client) => waitForSync(client)));
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('keeps everyone connected when everyone moves their caret at once, and everyone sees everyone', async () => {
    for (const [index, client] of crowd.entries()) client.provider.awareness.setLocalStateField('cursor', { anchor: index });
    await waitFor(
      () => crowd.every((client) => [...client.provider.awareness.getStates().values()].filter((state) => state.cursor !== undefined).length === CROWD),
      { message: 'every caret at every client', timeoutMs: 20_000 },
    );
    typeInto(crowd[0]!.doc, 'Seen by all');
    await waitFor(() => crowd.every((client) => client.text().includes('Seen by all')), { message: 'the edit at every client' });
    expect(crowd.flatMap((client) => client.closes)).toEqual([]);
  });

  it("shows a reconnecting client's caret again: the others' echoes of its leaving do not take its place", async () => {
    const returning = crowd.at(-1)!;
    const returningId = returning.doc.clientID;
    const others = crowd.slice(0, -1);
    returning.provider.disconnect();
    await waitFor(() => others.every((client) => !client.provider.awareness.getStates().has(returningId)), { message: 'the leaving seen by all' });
    // Everyone moves again: their frames carry echoes of what they heard, the leaving included.
    for (const [index, client] of others.entries()) client.provider.awareness.setLocalStateField('cursor', { anchor: 100 + index });
    await waitFor(() => others.every((client) => client.provider.awareness.getStates().get(others[0]!.doc.clientID)?.cursor?.anchor === 100), {
      message: 'the new carets at every client',
    });
    // The same tab comes back (same document, same client id) and moves its caret.
    returning.provider.connect();
    await waitForSync(returning);
    returning.provider.awareness.setLocalStateField('cursor', { anchor: 999 });
    await waitFor(() => others.every((client) => client.provider.awareness.getStates().get(returningId)?.cursor?.anchor === 999), {
      message: "the returning client's caret at every client",
    });
  });
});
