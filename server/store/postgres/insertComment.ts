import type { CommentRecord } from '../records.ts';
import { storedOrigin } from '../rows/threadRows.ts';
import type { PgQueryable } from './PgDatabase.ts';

/** Inserts a comment (a thread's first, or a reply) inside the caller's transaction. */
export async function insertComment(tx: PgQueryable, comment: CommentRecord): Promise<void> {
  await tx.query(
    `INSERT INTO thread_comments (id, thread_id, author_id, body, mentions, created_at, edited_at, deleted_at, origin)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      comment.id,
      comment.threadId,
      comment.authorId,
      comment.body,
      JSON.stringify(comment.mentions),
      comment.createdAt,
      comment.editedAt,
      comment.deletedAt,
      storedOrigin(comment.origin),
    ],
  );
}
