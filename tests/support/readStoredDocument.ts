import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * What the database holds for a statement, straight from the SQLite file (snapshot + update log),
 * as a Y.Doc: proof of what is on disk, independent of the server's memory.
 */
export function readStoredDocument(dataDir: string, statementId: string): { doc: Y.Doc; updateCount: number; hasSnapshot: boolean } {
  const database = new BetterSqlite3(path.join(dataDir, 'accord.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const snapshot = database.prepare<[string], { state: Buffer }>('SELECT state FROM document_snapshots WHERE statement_id = ?').get(statementId);
    const updates = database.prepare<[string], { data: Buffer }>('SELECT data FROM document_updates WHERE statement_id = ? ORDER BY sequence').all(statementId);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.state));
    for (const { data } of updates) Y.applyUpdate(doc, new Uint8Array(data));
    return { doc, updateCount: updates.length, hasSnapshot: snapshot !== undefined };
  } finally {
    database.close();
  }
}
