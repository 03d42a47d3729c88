import type { PgQueryable } from './PgDatabase.ts';

/**
 * Appends one update to a document's log inside the caller's transaction; returns its sequence.
 * Identity values are handed out before commit, so two transactions could commit a document's
 * updates out of sequence order and a compaction "through" the higher one would delete the
 * other unread. A transaction-scoped lock per document makes sequence order commit order.
 */
export async function appendDocumentUpdate(tx: PgQueryable, statementId: string, data: Uint8Array): Promise<number> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('document:' || $1))", [statementId]);
  const [row] = await tx.query<{ sequence: string }>('INSERT INTO document_updates (statement_id, data) VALUES ($1, $2) RETURNING sequence', [
    statementId,
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  ]);
  return Number(row?.sequence);
}
