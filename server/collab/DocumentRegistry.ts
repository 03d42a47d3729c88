import type { Logger } from '../logger.ts';
import type { Store } from '../store/Store.ts';
import { CollabDocument, type StoredUpdate } from './CollabDocument.ts';
import type { Connection, UpdateSink } from './Connection.ts';
import { CloseCode } from '../../shared/collab/protocol.ts';

export interface DocumentRegistryOptions {
  unloadAfterMs: number;
  compactAfterUpdates: number;
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

  /** Registers a connection (it counts and can be closed from now on), then attaches it once its document has loaded. */
  async connect(connection: Connection): Promise<void> {
    if (!connection.isClosed) this.live.add(connection);
    let document = await this.acquire(connection.statementId);
    // An unload may have won the race between the load and this continuation.
    while (document.unloaded) document = await this.acquire(connection.statementId);
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

  handleConnectionClosed(connection: Connection): void {
    this.live.delete(connection);
    void this.documents.get(connection.statementId)?.then((document) => this.scheduleUnloadIfIdle(document), () => {});
  }

  submit(document: CollabDocument, update: Uint8Array, connection: Connection | null): void {
    if (connection !== null && !this.fitsSizeCap(document, update)) {
      this.logger.warn({ connection: connection.id, statement: document.statementId, size: document.sizeBytes, update: update.byteLength }, 'update refused: statement too large');
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
    if (this.pending.size === 0) return this.chain;
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
    const stored = await this.store.documents.load(statementId);
    const document = await CollabDocument.load(statementId, stored);
    if (document.updatesSinceSnapshot >= this.options.compactAfterUpdates) {
      void this.enqueue(() => this.compact(document));
    }
    return document;
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const resolveStored = this.resolvePendingStored;
    this.pendingStored = null;
    this.resolvePendingStored = null;
    void this.enqueue(() => this.storeAndForward(batch)).then(() => resolveStored?.());
  }

  private async storeAndForward(batch: Map<CollabDocument, StoredUpdate[]>): Promise<void> {
    const entries = [...batch].flatMap(([document, updates]) =>
      updates.map(({ update }) => ({ statementId: document.statementId, update })),
    );
    let lastSequences: Map<string, number>;
    try {
      lastSequences = await this.store.documents.append(entries);
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
      if (document.updatesSinceSnapshot >= this.options.compactAfterUpdates) await this.compact(document);
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
