import type { CommentRecord, DocumentUpdateEntry, NewAuditEntry, ThreadEventRecord, ThreadRecord } from '../records.ts';
import type { NewThread, ThreadStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase, PgQueryable } from './PgDatabase.ts';
import { insertComment } from './insertComment.ts';
import { insertTextChange } from './insertTextChange.ts';
import { insertThreads } from './insertThreads.ts';
import { type CommentRow, type EventRow, type ThreadRow, toComment, toThread } from '../rows/threadRows.ts';

/** Thrown inside the accept transaction to roll back its text change when someone decided first. */
class AlreadyDecided extends Error {}

const toEvent = (row: EventRow): ThreadEventRecord => ({ threadId: row.thread_id, action: row.action, actorId: row.actor_id, reason: row.reason, at: row.at });

/** The guarded status move, its event and audit entry; false (nothing written) when the status was not one of `from`. */
async function decideIn(
  tx: PgQueryable,
  id: string,
  from: readonly ThreadRecord['status'][],
  to: ThreadRecord['status'],
  event: ThreadEventRecord,
  audit: NewAuditEntry,
): Promise<boolean> {
  // Two deciders at once: the second waits on the row lock, then sees the new status and changes nothing.
  const moved = await tx.query('UPDATE threads SET status = $1, updated_at = $2 WHERE id = $3 AND status = ANY($4::text[]) RETURNING id', [
    to,
    event.at,
    id,
    from,
  ]);
  if (moved.length !== 1) return false;
  await tx.query('INSERT INTO thread_events (thread_id, action, actor_id, reason, at) VALUES ($1, $2, $3, $4, $5)', [
    event.threadId,
    event.action,
    event.actorId,
    event.reason,
    event.at,
  ]);
  await appendAudit(tx, audit);
  return true;
}

export class PgThreadStore implements ThreadStore {
  constructor(private readonly db: PgDatabase) {}

  async create(threads: readonly NewThread[], audit: readonly NewAuditEntry[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await insertThreads(tx, threads);
      for (const entry of audit) await appendAudit(tx, entry);
    });
  }

  async findById(id: string): Promise<ThreadRecord | null> {
    const [row] = await this.db.query<ThreadRow>('SELECT * FROM threads WHERE id = $1', [id]);
    return row ? toThread(row) : null;
  }

  async listForStatement(statementId: string): Promise<ThreadRecord[]> {
    const rows = await this.db.query<ThreadRow>('SELECT * FROM threads WHERE statement_id = $1 ORDER BY created_at COLLATE "C", id COLLATE "C"', [statementId]);
    return rows.map(toThread);
  }

  async listForStatements(statementIds: readonly string[]): Promise<ThreadRecord[]> {
    const rows = await this.db.query<ThreadRow>('SELECT * FROM threads WHERE statement_id = ANY($1::text[]) ORDER BY created_at COLLATE "C", id COLLATE "C"', [
      statementIds,
    ]);
    return rows.map(toThread);
  }

  async commentsOf(threadIds: readonly string[]): Promise<CommentRecord[]> {
    if (threadIds.length === 0) return [];
    const rows = await this.db.query<CommentRow>(
      'SELECT * FROM thread_comments WHERE thread_id = ANY($1::text[]) ORDER BY created_at COLLATE "C", id COLLATE "C"',
      [threadIds],
    );
    return rows.map(toComment);
  }

  async eventsOf(threadIds: readonly string[]): Promise<ThreadEventRecord[]> {
    if (threadIds.length === 0) return [];
    const rows = await this.db.query<EventRow>('SELECT * FROM thread_events WHERE thread_id = ANY($1::text[]) ORDER BY sequence', [threadIds]);
    return rows.map(toEvent);
  }

  async addComment(comment: CommentRecord, audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      await insertComment(tx, comment);
      await appendAudit(tx, audit);
    });
  }

  async findComment(id: string): Promise<CommentRecord | null> {
    const [row] = await this.db.query<CommentRow>('SELECT * FROM thread_comments WHERE id = $1', [id]);
    return row ? toComment(row) : null;
  }

  async editComment(id: string, body: string, at: string): Promise<void> {
    await this.db.query('UPDATE thread_comments SET body = $1, edited_at = $2 WHERE id = $3 AND deleted_at IS NULL', [body, at, id]);
  }

  async deleteComment(id: string, at: string, audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      const deleted = await tx.query("UPDATE thread_comments SET body = '', deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL RETURNING id", [at, id]);
      if (deleted.length === 1) await appendAudit(tx, audit);
    });
  }

  async decide(
    id: string,
    from: readonly ThreadRecord['status'][],
    to: ThreadRecord['status'],
    event: ThreadEventRecord,
    audit: NewAuditEntry,
  ): Promise<boolean> {
    return this.db.transaction((tx) => decideIn(tx, id, from, to, event, audit));
  }

  async accept(id: string, event: ThreadEventRecord, update: DocumentUpdateEntry, audit: NewAuditEntry): Promise<number | null> {
    try {
      return await this.db.transaction(async (tx) => {
        // The text change first: a statement frozen meanwhile rolls the decision back with it.
        const sequence = await insertTextChange(tx, update);
        if (!(await decideIn(tx, id, ['open'], 'accepted', event, audit))) throw new AlreadyDecided();
        return sequence;
      });
    } catch (error) {
      if (error instanceof AlreadyDecided) return null;
      throw error;
    }
  }
}
