import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { rewriteAwarenessIdentity } from './rewriteAwarenessIdentity.ts';

const identity = { id: 'u1', name: 'Ada', color: '#123456' };

function awarenessUpdateClaiming(user: unknown): { update: Uint8Array; clientId: number } {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user, cursor: { anchor: 1 } });
  const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  return { update, clientId: awareness.clientID };
}

describe('rewriteAwarenessIdentity', () => {
  it('replaces a claimed identity with the server one and keeps the rest of the state', () => {
    const { update, clientId } = awarenessUpdateClaiming({ name: 'The Secretariat', color: 'red' });
    const rewritten = rewriteAwarenessIdentity(update, identity, () => true);
    expect(rewritten).not.toBeNull();
    const receiver = new Awareness(new Y.Doc());
    applyAwarenessUpdate(receiver, rewritten!, 'test');
    expect(receiver.getStates().get(clientId)).toEqual({ user: identity, cursor: { anchor: 1 } });
  });

  it('drops entries for client ids the connection may not use', () => {
    const { update } = awarenessUpdateClaiming({ name: 'x' });
    expect(rewriteAwarenessIdentity(update, identity, () => false)).toBeNull();
  });

  it('rejects a truncated update', () => {
    const { update } = awarenessUpdateClaiming({ name: 'x' });
    expect(() => rewriteAwarenessIdentity(update.subarray(0, update.length - 3), identity, () => true)).toThrow();
  });
});
