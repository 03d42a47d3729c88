import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { MessageType } from '../../shared/collab/protocol.ts';
import { userColour } from '../../shared/collab/userColour.ts';
import { waitForSync } from '../support/collabClient.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { frame, openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { waitFor } from '../support/waitFor.ts';

describe('presence (awareness)', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it("carries the server's idea of who someone is, whatever the client claims", async () => {
    const spoofer = await fixture.drafter();
    const watcher = await fixture.drafter();
    const spoofing = fixture.connect(spoofer.client.cookie);
    const watching = fixture.connect(watcher.client.cookie);
    await Promise.all([waitForSync(spoofing), waitForSync(watching)]);

    spoofing.provider.awareness.setLocalStateField('user', { id: 'someone-else', name: 'The Secretariat', color: 'red' });
    spoofing.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
    const seen = await waitFor(
      () => {
        const state = watching.provider.awareness.getStates().get(spoofing.doc.clientID);
        return state?.cursor ? state : null;
      },
      { message: "the spoofer's presence at the watcher" },
    );
    expect(seen.user).toEqual({ id: spoofer.userId, name: spoofer.name, color: userColour(spoofer.userId) });
    expect(seen.cursor).toEqual({ anchor: 3 });
  });

  it("cannot overwrite another connection's presence", async () => {
    const victim = await fixture.drafter();
    const attacker = await fixture.drafter();
    const watcher = await fixture.drafter();
    const victimClient = fixture.connect(victim.client.cookie);
    const watching = fixture.connect(watcher.client.cookie);
    await Promise.all([waitForSync(victimClient), waitForSync(watching)]);
    victimClient.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await waitFor(() => watching.provider.awareness.getStates().get(victimClient.doc.clientID)?.cursor, { message: "the victim's presence" });

    // The attacker forges an awareness entry under the victim's client id, with a newer clock.
    const forged = new Awareness(new Y.Doc());
    forged.clientID = victimClient.doc.clientID;
    // Far ahead of the victim's clock, so only the ownership rule can stop it.
    for (let clock = 0; clock < 50; clock++) forged.setLocalState({ cursor: { anchor: 999 } });
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, attacker.client.cookie);
    await raw.opened;
    raw.send(frame([MessageType.awareness], encodeAwarenessUpdate(forged, [forged.clientID])));
    // Something the attacker may say about itself, after the forgery, to know the forgery was processed.
    const own = new Awareness(new Y.Doc());
    own.setLocalState({ cursor: { anchor: 5 } });
    raw.send(frame([MessageType.awareness], encodeAwarenessUpdate(own, [own.clientID])));
    await waitFor(() => watching.provider.awareness.getStates().get(own.clientID), { message: "the attacker's own presence" });

    expect(watching.provider.awareness.getStates().get(victimClient.doc.clientID)?.cursor).toEqual({ anchor: 1 });
    raw.socket.close();
    forged.destroy();
    own.destroy();
  });
});
