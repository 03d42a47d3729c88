import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate, applyAwarenessUpdate } from 'y-protocols/awareness';
import { awarenessInterval, CollabDocument } from './CollabDocument.ts';

function storedText(text: string): { snapshot: Uint8Array; updates: Uint8Array[]; lastSequence: number } {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return { snapshot: Y.encodeStateAsUpdate(doc), updates: [], lastSequence: 0 };
}

describe('CollabDocument answers', () => {
  it('answer the same state vector from a cache until the document changes', async () => {
    const document = await CollabDocument.load('s1', storedText('hello'));
    const other = new Y.Doc();
    other.getText('t').insert(0, 'x');
    const stateVector = Y.encodeStateVector(other);
    const first = document.syncStep2For(stateVector);
    expect(document.syncStep2For(Uint8Array.from(stateVector))).toBe(first);
    const change = new Y.Doc();
    Y.applyUpdate(change, document.encodeState());
    change.getText('t').insert(5, ' world');
    document.applyStored([{ update: Y.encodeStateAsUpdate(change, Y.encodeStateVector(document.doc)), connection: null }]);
    const after = document.syncStep2For(stateVector);
    expect(after).not.toBe(first);
    expect(after.byteLength).toBeGreaterThan(first.byteLength);
    document.destroy();
  });

  it("encode everyone's presence once per presence change", async () => {
    const document = await CollabDocument.load('s2', storedText(''));
    expect(document.awarenessOfAll()).toBeNull();
    const peer = new Awareness(new Y.Doc());
    peer.setLocalState({ cursor: 1 });
    applyAwarenessUpdate(document.awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'test');
    const first = document.awarenessOfAll();
    expect(first).not.toBeNull();
    expect(document.awarenessOfAll()).toBe(first);
    peer.setLocalState({ cursor: 2 });
    applyAwarenessUpdate(document.awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'test');
    expect(document.awarenessOfAll()).not.toBe(first);
    peer.destroy();
    document.destroy();
  });
});

describe('awarenessInterval', () => {
  it('broadcasts presence every 60 ms in a small document, less often in a crowd, never slower than 500 ms', () => {
    expect(awarenessInterval(1)).toBe(60);
    expect(awarenessInterval(100)).toBe(60);
    // 300 sockets: 2,000 frames a second in all means a broadcast every 150 ms.
    expect(awarenessInterval(300)).toBe(150);
    expect(awarenessInterval(5_000)).toBe(500);
  });
});
