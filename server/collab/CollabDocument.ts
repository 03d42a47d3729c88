import { LRUCache } from 'lru-cache';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { StoredDocument } from '../store/records.ts';
import { collabLimits } from './collabLimits.ts';
import type { Connection } from './Connection.ts';
import { awarenessFrame, syncStep2Frame, updateFrame } from './frames.ts';
import type { TransactionOrigin } from './TransactionOrigin.ts';

/** An update that is on disk and may now be applied and forwarded. */
export interface StoredUpdate {
  update: Uint8Array;
  connection: Connection | null;
}

/** How long a load applies stored updates before it lets other sockets have the event loop. */
const LOAD_SLICE_MS = 10;

/**
 * One statement's live document: its Yjs state (exactly what is stored, never more), presence, and
 * the connections editing it. Only the DocumentRegistry changes its content, after storing.
 */
export class CollabDocument {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /** Which connection speaks for each awareness client id, so no one can overwrite another's presence. */
  readonly awarenessOwners = new Map<number, Connection>();
  /**
   * Client ids whose presence came from another process (REDIS_URL): no connection here may speak
   * for them while that presence lives (the stock provider echoes everyone's presence back).
   */
  readonly remoteClientIds = new Set<number>();
  lastSequence: number;
  updatesSinceSnapshot: number;
  /**
   * An upper bound of the encoded state's size: the snapshot plus every update since (each counted
   * when submitted), so the size cap costs an addition per update, not a re-encode.
   */
  sizeBytes: number;
  unloadTimer: NodeJS.Timeout | null = null;
  unloaded = false;
  private encodedState: Uint8Array | null = null;
  private fullStateFrame: Uint8Array | null = null;
  /** Sync-step-2 answers by the asker's state vector: a reader repeating the same sync step 1 costs one encode. */
  private readonly syncAnswers = new LRUCache<string, Uint8Array>({
    max: collabLimits.syncAnswerCache.entries,
    maxSize: collabLimits.syncAnswerCache.bytes,
    sizeCalculation: (frame) => Math.max(1, frame.byteLength),
  });
  private allAwarenessFrame: Uint8Array | null = null;
  private readonly awarenessChanged = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly statementId: string,
    stored: StoredDocument,
  ) {
    this.lastSequence = stored.lastSequence;
    this.updatesSinceSnapshot = stored.updates.length;
    this.sizeBytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
    // A compacted document is its snapshot: fresh clients get those bytes without a re-encode.
    if (stored.snapshot !== null && stored.updates.length === 0) this.encodedState = stored.snapshot;
    this.awareness = new Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.handleAwarenessUpdate);
  }

  /**
   * Builds the document from what is stored. A long update log is applied in slices that yield to
   * the event loop, so one cold load of a big statement does not stall every other socket.
   */
  static async load(statementId: string, stored: StoredDocument): Promise<CollabDocument> {
    const document = new CollabDocument(statementId, stored);
    const origin: TransactionOrigin = { source: 'system', reason: 'load' };
    if (stored.snapshot) Y.applyUpdate(document.doc, stored.snapshot, origin);
    let index = 0;
    while (index < stored.updates.length) {
      const sliceEnd = performance.now() + LOAD_SLICE_MS;
      document.doc.transact(() => {
        while (index < stored.updates.length && performance.now() < sliceEnd) {
          Y.applyUpdate(document.doc, stored.updates[index]!, origin);
          index++;
        }
      }, origin);
      if (index < stored.updates.length) await new Promise((resolve) => setImmediate(resolve));
    }
    return document;
  }

  /** The whole document as one update; kept between changes so a crowd of fresh clients costs one encode. */
  encodeState(): Uint8Array {
    this.encodedState ??= Y.encodeStateAsUpdate(this.doc);
    return this.encodedState;
  }

  /**
   * The sync-step-2 answer for a client with the given state vector. A fresh client (the empty
   * state vector, the single byte 0) gets the whole document, framed once and kept between
   * changes: a storm of clients opening a long statement costs one encode and one copy, not one each.
   * Other state vectors are answered from a small cache, also emptied by every change.
   */
  syncStep2For(stateVector: Uint8Array): Uint8Array {
    if (stateVector.byteLength === 1 && stateVector[0] === 0) {
      this.fullStateFrame ??= syncStep2Frame(this.encodeState());
      return this.fullStateFrame;
    }
    const key = Buffer.from(stateVector).toString('base64');
    let answer = this.syncAnswers.get(key);
    if (answer === undefined) {
      answer = syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector));
      this.syncAnswers.set(key, answer);
    }
    return answer;
  }

  /** Everyone's presence in one frame (null when nobody has any), encoded once per presence change. */
  awarenessOfAll(): Uint8Array | null {
    if (this.allAwarenessFrame === null) {
      const states = [...this.awareness.getStates().keys()];
      if (states.length === 0) return null;
      this.allAwarenessFrame = awarenessFrame(encodeAwarenessUpdate(this.awareness, states));
    }
    return this.allAwarenessFrame;
  }

  /**
   * Applies updates that are already stored and forwards them, as one frame, to every other editor;
   * `remote` ones were stored by another process (REDIS_URL).
   */
  applyStored(updates: readonly StoredUpdate[], reason: 'create' | 'remote' = 'create'): void {
    if (updates.length === 0) return;
    this.encodedState = null;
    this.fullStateFrame = null;
    this.syncAnswers.clear();
    // The transaction's own update is what changed, already merged: cheaper than Y.mergeUpdates,
    // and it leaves out anything the document already had.
    let combined: Uint8Array | null = null;
    const capture = (update: Uint8Array) => {
      combined = update;
    };
    this.doc.on('update', capture);
    try {
      this.doc.transact(() => {
        for (const { update, connection } of updates) {
          const origin: TransactionOrigin = connection
            ? { source: 'connection', userId: connection.identity.id, connectionId: connection.id }
            : { source: 'system', reason };
          Y.applyUpdate(this.doc, update, origin);
        }
      });
    } finally {
      this.doc.off('update', capture);
    }
    if (combined === null) return;
    const first = updates[0]!;
    // A lone sender already has its own update; with several senders each needs the others' part.
    const soleSender = updates.every((entry) => entry.connection === first.connection) ? first.connection : null;
    const frame = updateFrame(combined);
    for (const connection of this.connections) {
      if (connection !== soleSender) connection.send(frame);
    }
  }

  broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }

  destroy(): void {
    if (this.awarenessTimer !== null) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  /**
   * Presence changes are gathered and sent at most once per awarenessInterval, every
   * changed client (removals included) in one frame: a client moving its caret a thousand times a
   * second costs every other editor a few frames, not a thousand.
   */
  private readonly handleAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }): void => {
    this.allAwarenessFrame = null;
    for (const clientId of [...added, ...updated, ...removed]) this.awarenessChanged.add(clientId);
    if (this.awarenessChanged.size === 0 || this.awarenessTimer !== null) return;
    this.awarenessTimer = setTimeout(this.flushAwareness, awarenessInterval(this.connections.size));
    this.awarenessTimer.unref();
  };

  private readonly flushAwareness = (): void => {
    this.awarenessTimer = null;
    const changed = [...this.awarenessChanged];
    this.awarenessChanged.clear();
    if (changed.length === 0 || this.connections.size === 0) return;
    // A removed client is encoded with a null state and a newer clock: peers drop its caret.
    this.broadcast(awarenessFrame(encodeAwarenessUpdate(this.awareness, changed)));
  };
}

/** How long presence changes gather before a broadcast: longer in a crowd, within the frame budget (collabLimits). */
export function awarenessInterval(connections: number): number {
  const withinBudget = (connections * 1000) / collabLimits.awarenessFramesPerSecond;
  return Math.min(collabLimits.awarenessBroadcastMaxMs, Math.max(collabLimits.awarenessBroadcastMs, withinBudget));
}
