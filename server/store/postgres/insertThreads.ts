import type { NewThread } from '../Store.ts';
import { storedOrigin } from '../rows/threadRows.ts';
import type { PgQueryable } from './PgDatabase.ts';
import { insertComment } from './insertComment.ts';

/** Inserts threads, each with its first comment, inside the caller's transaction. */
export async function insertThreads(tx: PgQueryable, threads: readonly NewThread[]): Promise<void> {
  for (const { thread, firstComment } of threads) {
    await tx.query(
      `INSERT INTO threads (id, statement_id, kind, anchor_start, anchor_end, quote, replacement, visibility, org_id, author_id, status, created_at, updated_at, origin)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        thread.id,
        thread.statementId,
        thread.kind,
        thread.anchorStart,
        thread.anchorEnd,
        thread.quote,
        thread.replacement,
        thread.visibility,
        thread.orgId,
        thread.authorId,
        thread.status,
        thread.createdAt,
        thread.updatedAt,
        storedOrigin(thread.origin),
      ],
    );
    if (firstComment) await insertComment(tx, firstComment);
  }
}
