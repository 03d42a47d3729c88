import type { Database } from 'better-sqlite3';
import type { CommentRecord } from '../records.ts';
import { storedOrigin } from '../rows/threadRows.ts';

/** Inserts a comment (a thread's first, or a reply) inside the caller's transaction. */
export function commentInserter(database: Database): (comment: CommentRecord) => void {
  const insert = database.prepare(`INSERT INTO thread_comments
    (id, thread_id, author_id, body, mentions, created_at, edited_at, deleted_at, origin)
    VALUES (@id, @threadId, @authorId, @body, @mentions, @createdAt, @editedAt, @deletedAt, @origin)`);
  return (comment) => {
    insert.run({ ...comment, mentions: JSON.stringify(comment.mentions), origin: storedOrigin(comment.origin) });
  };
}
