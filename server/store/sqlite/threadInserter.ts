import type { Database } from 'better-sqlite3';
import type { NewThread } from '../Store.ts';
import { storedOrigin } from '../rows/threadRows.ts';
import { commentInserter } from './commentInserter.ts';

/** Inserts threads, each with its first comment, inside the caller's transaction. */
export function threadInserter(database: Database): (threads: readonly NewThread[]) => void {
  const insertThread = database.prepare(`INSERT INTO threads
    (id, statement_id, kind, anchor_start, anchor_end, quote, replacement, visibility, org_id, author_id, status, created_at, updated_at, origin)
    VALUES (@id, @statementId, @kind, @anchorStart, @anchorEnd, @quote, @replacement, @visibility, @orgId, @authorId, @status, @createdAt, @updatedAt, @origin)`);
  const insertComment = commentInserter(database);
  return (threads) => {
    for (const { thread, firstComment } of threads) {
      insertThread.run({ ...thread, origin: storedOrigin(thread.origin) });
      if (firstComment) insertComment(firstComment);
    }
  };
}
