import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { Logger } from '../logger.ts';
import type { DocumentStore, SearchStore } from '../store/Store.ts';
import { canonicalDocument, plainText } from '../versions/canonicalDocument.ts';

/** Reads the live text of a statement whose updates were just stored (its document is loaded). */
export type LiveTextReader = (statementId: string) => Promise<string>;

/**
 * Keeps the live text of statements in the search index. Durability is the document store's job;
 * this is derived work, so it runs once a document has been quiet for `delayMs` after its last
 * stored update rather than on every keystroke.
 */
export class SearchIndexer {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly search: SearchStore,
    private readonly documents: DocumentStore,
    private readonly readLiveText: LiveTextReader,
    private readonly logger: Logger,
    private readonly delayMs = 500,
  ) {}

  /** Called after a document's updates are stored: (re)starts its quiet-period timer. */
  documentStored(statementId: string): void {
    const timer = this.timers.get(statementId);
    if (timer !== undefined) clearTimeout(timer);
    const next = setTimeout(() => {
      this.timers.delete(statementId);
      void this.index(statementId);
    }, this.delayMs);
    next.unref();
    this.timers.set(statementId, next);
  }

  /**
   * Indexes everything still waiting, from the store (at shutdown, after the registry has stored
   * and unloaded everything), so a restart starts with a current index.
   */
  async flush(): Promise<void> {
    const waiting = [...this.timers.keys()];
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.running;
    for (const statementId of waiting) await this.search.indexStatement(statementId, await this.storedText(statementId));
  }

  /**
   * Indexes statements made before the index existed, from their stored state (never through the
   * registry: nobody is editing them).
   */
  async backfill(): Promise<void> {
    for (const statementId of await this.search.unindexedStatements()) {
      await this.search.indexStatement(statementId, await this.storedText(statementId));
    }
  }

  /** A statement's text from its stored state, in a throwaway document. */
  private async storedText(statementId: string): Promise<string> {
    const stored = await this.documents.load(statementId);
    const doc = new Y.Doc();
    try {
      if (stored.snapshot !== null) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      return plainText(canonicalDocument(doc.getXmlFragment(TEXT_FRAGMENT)));
    } finally {
      doc.destroy();
    }
  }

  private index(statementId: string): Promise<void> {
    // One at a time: the newest text of a statement is never overwritten by an older one.
    this.running = this.running.then(async () => {
      try {
        await this.search.indexStatement(statementId, await this.readLiveText(statementId));
      } catch (error) {
        this.logger.warn({ err: error, statement: statementId }, 'indexing a statement for search failed');
      }
    });
    return this.running;
  }
}
