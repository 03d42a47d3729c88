import * as Y from 'yjs';
import type { AccordProcess } from './startAccord.ts';
import { openTestDatabase } from './testDatabase.ts';

/**
 * What the database holds for a statement, straight from the server's database (snapshot + update
 * log), as a Y.Doc: proof of what is stored, independent of the server's memory.
 */
export async function readStoredDocument(
  server: Pick<AccordProcess, 'dataDir' | 'databaseUrl'>,
  statementId: string,
): Promise<{ doc: Y.Doc; updateCount: number; hasSnapshot: boolean }> {
  const database = openTestDatabase(server);
  try {
    const snapshot = await database.get<{ state: Buffer }>('SELECT state FROM document_snapshots WHERE statement_id = ?', statementId);
    const updates = await database.all<{ data: Buffer }>('SELECT data FROM document_updates WHERE statement_id = ? ORDER BY sequence', statementId);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.state));
    for (const { data } of updates) Y.applyUpdate(doc, new Uint8Array(data));
    return { doc, updateCount: updates.length, hasSnapshot: snapshot !== undefined };
  } finally {
    await database.close();
  }
}
