import type { Logger } from '../logger.ts';
import type { DocumentUpdateEntry } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { CollabDocument, type StoredUpdate } from './CollabDocument.ts';
import type { Connection, UpdateSink } from './Connection.ts';
import { CloseCode } from '../../shared/collab/protocol.ts';
import * as Y from 'yjs';
import type { DocumentFanout } from './DocumentFanout.ts';

export interface DocumentRegistryOptions {
  unloadAfterMs: number;
  compactAfterUpdates: number;
  /** After a document's updates are stored and applied: derived work (the search index) hooks in here. */
  onStored?: (statementId: string) => void;
  /** After a document is loaded into memory (a debug log line tests count). */
  onLoaded?: (statementId: string) => void;
  /** Updates from editors that would grow a document's encoded state past this are refused. */
  maxDocumentBytes: number;
}

/**
 * The loaded documents and the one write path to disk. Updates that arrive in one event-loop turn,
 * for any document, are appended in one transaction; only then are they applied and forwarded.
 * Store work runs one step at a time on `chain`, so a document in memory is always exactly what
 * is on disk.
 */
export class DocumentRegistry implements UpdateSink {
  private readonly documents = new Map<string, Promise<CollabDocument>>();
  /**
   * Every open connection, from its upgrade until it closes: attached ones and those still waiting
   * for their document, so revocations reach both.
   */
  private readonly live = new Set<Connection>();
  private pending = new Map<CollabDocument, StoredUpdate[]>();
  private pendingStored: Promise<void> | null = null;
  private resolvePendingStored: (() => void) | null = null;
  private flushScheduled = false;
  private chain: Promise<void> = Promise.resolve();
  /** Documents being frozen: updates arriving meanwhile wait here, outside the write path. */
  private readonly held = new Map<CollabDocument, StoredUpdate[]>();
  /**
   * Per statement, how many times everyone's access changed at once (a freeze, a reopen): a
   * connection authorised under an older count is refused at attach and reconnects (L4), so one
   * authorised just before a freeze but not yet attached cannot stay writable.
   */
  private readonly accessEpochs = new Map<string, number>();
  /** Other processes' share of the documents (REDIS_URL); null in a single process. */
  private fanout: DocumentFanout | null = null;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly options: DocumentRegistryOptions,
  ) {}

  /** The loaded document; concurrent callers share one load, and nobody syncs before it completes. */
  acquire(statementId: string): Promise<CollabDocument> {
    let loading = this.documents.get(statementId);
    if (loading === undefined) {
      loading = this.load(statementId);
      this.documents.set(statementId, loading);
      loading.catch(() => this.documents.delete(statementId));
    }
    return loading;
  }

  /** Shares every stored update with other processes from now on (set once, before serving). */
  shareThrough(fanout: DocumentFanout): void {
    this.fanout = fanout;
  }

  /**
   * Updates another process stored: applied and forwarded to local editors, never stored again.
   * Applied directly only when this copy ends exactly where they start; otherwise (a gap, an
   * unknown start) the document catches up from the store.
   */
  applyRemote(statementId: string, previous: number | null, last: number, update: Uint8Array): void {
    const loading = this.documents.get(statementId);
    if (loading === undefined) return;
    void this.enqueue(async () => {
      const document = await loading.catch(() => null);
      if (document === null || document.unloaded || last <= document.lastSequence) return;
      if (previous !== null && previous === document.lastSequence) {
        document.lastSequence = last;
        // No onStored: the process that stored it indexes it.
        document.applyStored([{ update, connection: null }], 'remote');
      } else {
        await this.catchUp(document);
      }
    });
  }

  /** Every loaded document reads what it may have missed from the store (after a lost Redis link). */
  async catchUpAll(): Promise<void> {
    const loaded = await Promise.all([...this.documents.values()].map((loading) => loading.catch(() => null)));
    for (const document of loaded) {
      if (document !== null) void this.enqueue(() => this.catchUp(document));
    }
    await this.chain;
  }

  accessEpoch(statementId: string): number {
    return this.accessEpochs.get(statementId) ?? 0;
  }

  /** Everyone's access to the statement changed: connections authorised before now must reconnect. */
  accessChanged(statementId: string): void {
    this.accessEpochs.set(statementId, this.accessEpoch(statementId) + 1);
  }

  /** Open connections of one user, and of one statement (pending or attached), for the caps. */
  countConnections(userId: string, statementId: string): { ofUser: number; ofStatement: number } {
    let ofUser = 0;
    let ofStatement = 0;
    for (const connection of this.live) {
      if (connection.isClosed) continue;
      if (connection.identity.id === userId) ofUser++;
      if (connection.statementId === statementId) ofStatement++;
    }
    return { ofUser, ofStatement };
  }

  /**
   * Registers a connection (it counts and can be closed from now on), then attaches it once its
   * document has loaded; `epoch` is `accessEpoch` as it was before the connection's access was
   * decided (a changed one closes it: its rights may be stale).
   */
  async connect(connection: Connection, epoch?: number): Promise<void> {
    if (!connection.isClosed) this.live.add(connection);
    let document = await this.acquire(connection.statementId);
    // An unload may have won the race between the load and this continuation.
    while (document.unloaded) document = await this.acquire(connection.statementId);
    if (epoch !== undefined && epoch !== this.accessEpoch(connection.statementId)) {
      connection.close(CloseCode.accessChanged);
      return;
    }
    if (document.unloadTimer !== null) {
      clearTimeout(document.unloadTimer);
      document.unloadTimer = null;
    }
    connection.attach(document);
    this.scheduleUnloadIfIdle(document);
  }

  /** Runs `use` on the loaded document (loading it if needed), then lets it unload when idle. */
  async withDocument<T>(statementId: string, use: (document: CollabDocument) => T | Promise<T>): Promise<T> {
    let document = await this.acquire(statementId);
    while (document.unloaded) document = await this.acquire(statementId);
    // With other processes, a command reads (versions, diffs, exports) what every process stored.
    const loaded = document;
    if (this.fanout !== null) await this.enqueue(() => this.catchUp(loaded));
    try {
      return await use(document);
    } finally {
      this.scheduleUnloadIfIdle(document);
    }
  }

  /** A change the server makes (accepting a suggestion): stored, then applied and forwarded like any edit. */
  async applyServerChange(document: CollabDocument, update: Uint8Array): Promise<void> {
    this.submit(document, update, null);
    await this.whenStored();
  }

  /**
   * A server command that changes the text (accepting a suggestion, pulling, restoring): `storeWith`
   * writes the update together with the command's own rows and audit entry in one transaction and
   * returns the update's log sequence; only then is the update applied and forwarded. When it throws
   * (a conflict, a failing disk) nothing was stored, nothing is applied, and the error is rethrown.
   * Runs on the store chain after every edit already received, so the log keeps arrival order.
   */
  async applyServerCommand(document: CollabDocument, update: Uint8Array, storeWith: (entry: DocumentUpdateEntry) => Promise<number>): Promise<void> {
    if (this.pending.size > 0) this.flush();
    const failures: unknown[] = [];
    await this.enqueue(async () => {
      let sequence: number;
      try {
        sequence = await storeWith({ statementId: document.statementId, update });
      } catch (error) {
        failures.push(error);
        return;
      }
      // Another process may have stored updates in between: followers catch up (previous unknown).
      this.fanout?.publish(document.statementId, null, sequence, update);
      const before = document.lastSequence;
      document.lastSequence = Math.max(document.lastSequence, sequence);
      document.updatesSinceSnapshot += 1;
      document.applyStored([{ update, connection: null }]);
      if (this.fanout !== null) await this.catchUp(document, before);
      if (document.updatesSinceSnapshot >= this.options.compactAfterUpdates) await this.compact(document);
    });
    if (failures.length > 0) throw failures[0];
  }

  handleConnectionClosed(connection: Connection): void {
    this.live.delete(connection);
    void this.documents.get(connection.statementId)?.then(
      (document) => this.scheduleUnloadIfIdle(document),
      () => {},
    );
  }

  /**
   * Freezes a document's text (L4): runs `commit` on the store chain, so nothing is stored or applied
   * meanwhile, after every update already submitted for it is stored; updates that arrive while it
   * runs are held. When `commit` reports the text frozen, the held updates are dropped (they never
   * reach the live document) and every editor reconnects, read-only now; otherwise they are stored.
   */
  async freeze<T>(statementId: string, commit: (document: CollabDocument) => Promise<{ frozen: boolean; value: T }>): Promise<T> {
    let document = await this.acquire(statementId);
    while (document.unloaded) document = await this.acquire(statementId);
    // Kept loaded while it is frozen: an unload would let new editors attach to a fresh copy.
    if (document.unloadTimer !== null) {
      clearTimeout(document.unloadTimer);
      document.unloadTimer = null;
    }
    let value: { frozen: boolean; value: T } | undefined;
    let failure: unknown = null;
    const frozenDocument = document;
    await this.enqueue(async () => {
      if (frozenDocument.unloaded) {
        failure = new Error('the document unloaded before it could be frozen');
        return;
      }
      const earlier = this.pending.get(frozenDocument);
      this.pending.delete(frozenDocument);
      this.held.set(frozenDocument, []);
      try {
        if (earlier !== undefined) await this.storeAndForward(new Map([[frozenDocument, earlier]]));
        // The final version holds what every process stored, not only this copy.
        if (this.fanout !== null) await this.catchUp(frozenDocument);
        value = await commit(frozenDocument);
      } catch (error) {
        failure = error;
      }
      const held = this.held.get(frozenDocument) ?? [];
      this.held.delete(frozenDocument);
      if (value?.frozen === true) {
        this.accessChanged(statementId);
        for (const connection of [...frozenDocument.connections]) connection.close(CloseCode.accessChanged);
      } else if (held.length > 0) {
        await this.storeAndForward(new Map([[frozenDocument, held]]));
      }
    });
    this.scheduleUnloadIfIdle(frozenDocument);
    if (value === undefined) throw failure ?? new Error('freezing failed');
    return value.value;
  }

  submit(document: CollabDocument, update: Uint8Array, connection: Connection | null): void {
    const held = this.held.get(document);
    if (held !== undefined) {
      held.push({ update, connection });
      return;
    }
    if (connection !== null && !this.fitsSizeCap(document, update)) {
      this.logger.warn(
        { connection: connection.id, statement: document.statementId, size: document.sizeBytes, update: update.byteLength },
        'update refused: statement too large',
      );
      connection.close(CloseCode.statementTooLarge);
      return;
    }
    document.sizeBytes += update.byteLength;
    let updates = this.pending.get(document);
    if (updates === undefined) {
      updates = [];
      this.pending.set(document, updates);
    }
    updates.push({ update, connection });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  whenStored(): Promise<void> {
    // Once a flush is queued, the pending updates belong to its job on the chain (it takes them
    // when its turn comes): waiting for the chain's end waits for them.
    if (this.pending.size === 0 || !this.flushScheduled) return this.chain;
    this.pendingStored ??= new Promise((resolve) => {
      this.resolvePendingStored = resolve;
    });
    return this.pendingStored;
  }

  /** Every open connection, attached or still waiting for its document, for closing them on revocation or shutdown. */
  async connections(): Promise<Connection[]> {
    return [...this.live].filter((connection) => !connection.isClosed);
  }

  /** Stores what is pending, compacts every loaded document and closes every socket with 1012. */
  async shutdown(): Promise<void> {
    if (this.pending.size > 0) this.flush();
    await this.chain;
    for (const connection of await this.connections()) connection.close(CloseCode.serverRestart);
    for (const loading of [...this.documents.values()]) {
      const document = await loading.catch(() => null);
      if (document !== null) await this.enqueue(() => this.unload(document));
    }
    await this.chain;
  }

  private async load(statementId: string): Promise<CollabDocument> {
    await this.fanout?.beforeLoad(statementId);
    const stored = await this.store.documents.load(statementId);
    const document = await CollabDocument.load(statementId, stored);
    this.fanout?.follow(document);
    this.options.onLoaded?.(statementId);
    if (document.updatesSinceSnapshot >= this.options.compactAfterUpdates) {
      void this.enqueue(() => this.compact(document));
    }
    return document;
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.pending.size === 0) return;
    const resolveStored = this.resolvePendingStored;
    this.pendingStored = null;
    this.resolvePendingStored = null;
    // The batch is taken when its turn on the chain comes, not now: a freeze queued in between
    // then either stores these updates before its snapshot or holds them, never stores them after
    // it (L4); with a networked database that gap is real.
    void this.enqueue(async () => {
      const batch = this.pending;
      this.pending = new Map();
      if (batch.size > 0) await this.storeAndForward(batch);
    }).then(() => resolveStored?.());
  }

  private async storeAndForward(batch: Map<CollabDocument, StoredUpdate[]>): Promise<void> {
    const entries = [...batch].flatMap(([document, updates]) => updates.map(({ update }) => ({ statementId: document.statementId, update })));
    let lastSequences: Map<string, number>;
    const behind = new Map<CollabDocument, number>();
    try {
      if (this.fanout === null) {
        lastSequences = await this.store.documents.append(entries);
      } else {
        const chained = await this.store.documents.appendChained(entries);
        lastSequences = new Map([...chained].map(([statementId, link]) => [statementId, link.last]));
        for (const [document, updates] of batch) {
          const link = chained.get(document.statementId);
          if (link === undefined) continue;
          // Published before anyone here sees it, and only after it is stored.
          const merged = updates.length === 1 ? updates[0]!.update : Y.mergeUpdates(updates.map(({ update }) => update));
          this.fanout.publish(document.statementId, link.previous, link.last, merged);
          if (link.previous !== document.lastSequence) behind.set(document, document.lastSequence);
        }
      }
    } catch (error) {
      // Nothing was stored, so nothing is applied or forwarded; the senders still hold their
      // edits and send them again when they reconnect.
      this.logger.error({ err: error, updates: entries.length }, 'storing updates failed');
      for (const updates of batch.values()) {
        for (const { connection } of updates) connection?.close(CloseCode.internalError);
      }
      return;
    }
    for (const [document, updates] of batch) {
      document.lastSequence = lastSequences.get(document.statementId) ?? document.lastSequence;
      document.updatesSinceSnapshot += updates.length;
      try {
        document.applyStored(updates);
      } catch (error) {
        this.logger.error({ err: error, statement: document.statementId }, 'applying stored updates failed');
      }
      // Another process stored updates this copy has not seen: read them before anything else.
      const caughtUpFrom = behind.get(document);
      if (caughtUpFrom !== undefined) await this.catchUp(document, caughtUpFrom);
      if (document.updatesSinceSnapshot >= this.options.compactAfterUpdates) await this.compact(document);
      this.options.onStored?.(document.statementId);
    }
  }

  /**
   * Reads what this copy misses from the store (the snapshot too: a compaction may have folded
   * missing updates into it) and applies it; Yjs ignores what the copy already has. Runs on the
   * chain, from `from` (where this copy was complete).
   */
  private async catchUp(document: CollabDocument, from = document.lastSequence): Promise<void> {
    try {
      const missing = await this.store.documents.updatesAfter(document.statementId, from);
      const updates = [...(missing.snapshot === null ? [] : [missing.snapshot]), ...missing.updates.map((entry) => entry.update)];
      document.lastSequence = Math.max(document.lastSequence, ...missing.updates.map((entry) => entry.sequence));
      if (updates.length > 0)
        document.applyStored(
          updates.map((update) => ({ update, connection: null })),
          'remote',
        );
    } catch (error) {
      this.logger.error({ err: error, statement: document.statementId }, 'catching up from the store failed');
    }
  }

  /**
   * Whether an editor's update keeps the document within maxDocumentBytes. The running estimate
   * (snapshot plus every update since) only over-counts, so it is re-measured exactly, with one
   * encode, only when it says no.
   */
  private fitsSizeCap(document: CollabDocument, update: Uint8Array): boolean {
    const limit = this.options.maxDocumentBytes;
    if (document.sizeBytes + update.byteLength <= limit) return true;
    const queued = (this.pending.get(document) ?? []).reduce((sum, entry) => sum + entry.update.byteLength, 0);
    document.sizeBytes = document.encodeState().byteLength + queued;
    return document.sizeBytes + update.byteLength <= limit;
  }

  /** Folds the update log into the snapshot. Runs on the chain, so memory equals disk. */
  private async compact(document: CollabDocument): Promise<void> {
    if (document.updatesSinceSnapshot === 0) return;
    // Never from a stale copy: what other processes stored is read first.
    if (this.fanout !== null) await this.catchUp(document);
    try {
      const snapshot = document.encodeState();
      await this.store.documents.compact(document.statementId, snapshot, document.lastSequence);
      document.updatesSinceSnapshot = 0;
      const queued = (this.pending.get(document) ?? []).reduce((sum, entry) => sum + entry.update.byteLength, 0);
      document.sizeBytes = snapshot.byteLength + queued;
    } catch (error) {
      this.logger.error({ err: error, statement: document.statementId }, 'compaction failed');
    }
  }

  private scheduleUnloadIfIdle(document: CollabDocument): void {
    if (document.connections.size > 0 || document.unloaded || document.unloadTimer !== null) return;
    document.unloadTimer = setTimeout(() => {
      document.unloadTimer = null;
      if (document.connections.size > 0) return;
      if (this.pending.has(document)) {
        this.scheduleUnloadIfIdle(document);
        return;
      }
      void this.enqueue(() => this.unload(document));
    }, this.options.unloadAfterMs);
    document.unloadTimer.unref();
  }

  private async unload(document: CollabDocument): Promise<void> {
    if (document.unloaded || document.connections.size > 0) return;
    document.unloaded = true;
    this.documents.delete(document.statementId);
    this.fanout?.unfollow(document.statementId);
    await this.compact(document);
    document.destroy();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task).catch((error: unknown) => {
      this.logger.error({ err: error }, 'document store task failed');
    });
    return this.chain;
  }
}
