import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { StoredDocument } from '../store/records.ts';
import type { Connection } from './Connection.ts';
import { awarenessFrame, syncStep2Frame, updateFrame } from './frames.ts';
import type { TransactionOrigin } from './TransactionOrigin.ts';

/** An update that is on disk and may now be applied and forwarded. */
export interface StoredUpdate {
  update: Uint8Array;
  connection: Connection | null;
}

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
  lastSequence: number;
  updatesSinceSnapshot: number;
  unloadTimer: NodeJS.Timeout | null = null;
  unloaded = false;
  private encodedState: Uint8Array | null = null;
  private fullStateFrame: Uint8Array | null = null;

  constructor(
    readonly statementId: string,
    stored: StoredDocument,
  ) {
    const origin: TransactionOrigin = { source: 'system', reason: 'load' };
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, origin);
      for (const update of stored.updates) Y.applyUpdate(this.doc, update, origin);
    }, origin);
    this.lastSequence = stored.lastSequence;
    this.updatesSinceSnapshot = stored.updates.length;
    // A compacted document is its snapshot: fresh clients get those bytes without a re-encode.
    if (stored.snapshot !== null && stored.updates.length === 0) this.encodedState = stored.snapshot;
    this.awareness = new Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.handleAwarenessUpdate);
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
   */
  syncStep2For(stateVector: Uint8Array): Uint8Array {
    if (stateVector.byteLength === 1 && stateVector[0] === 0) {
      this.fullStateFrame ??= syncStep2Frame(this.encodeState());
      return this.fullStateFrame;
    }
    return syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector));
  }

  /** Applies updates that are already stored and forwards them, as one frame, to every other editor. */
  applyStored(updates: readonly StoredUpdate[]): void {
    if (updates.length === 0) return;
    this.encodedState = null;
    this.fullStateFrame = null;
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
            : { source: 'system', reason: 'create' };
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
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readonly handleAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
  ): void => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0 || this.connections.size === 0) return;
    this.broadcast(awarenessFrame(encodeAwarenessUpdate(this.awareness, changed)));
  };
}
