import * as Y from 'yjs';
import type { DocumentStore } from '../store/Store.ts';

/**
 * A statement's state as stored (snapshot plus update log), decoded in a throwaway document: for
 * read-only work over many statements (lineage) that must not pull each one into the registry,
 * where it would stay in memory. The store always holds exactly what editors see.
 */
export async function storedState(documents: DocumentStore, statementId: string): Promise<Uint8Array> {
  const stored = await documents.load(statementId);
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      if (stored.snapshot !== null) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
