import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { CommentRecord, DocumentUpdateEntry, NewAuditEntry, ThreadEventRecord, ThreadRecord } from '../records.ts';
import type { NewThread, ThreadStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { textChangeInserter } from './textChangeInserter.ts';
import { type CommentRow, type EventRow, type ThreadRow, toComment, toThread } from '../rows/threadRows.ts';
import { commentInserter } from './commentInserter.ts';
import { threadInserter } from './threadInserter.ts';

/** Thrown inside the accept transaction to roll back its text change when someone decided first. */
class AlreadyDecided extends Error {}

const toEvent = (row: EventRow): ThreadEventRecord => ({
  threadId: row.thread_id,
  action: row.action,
  actorId: row.actor_id,
  reason: row.reason,
  at: row.at,
});

export class SqliteThreadStore implements ThreadStore {
  private readonly createInTransaction: Transaction<(threads: readonly NewThread[], audit: readonly NewAuditEntry[]) => void>;
  private readonly byId: Statement<[string], ThreadRow>;
  private readonly ofStatement: Statement<[string], ThreadRow>;
  private readonly ofStatements: Statement<[string], ThreadRow>;
  private readonly commentById: Statement<[string], CommentRow>;
  private readonly editStatement: Statement<[string, string, string]>;
  private readonly deleteInTransaction: Transaction<(id: string, at: string, audit: NewAuditEntry) => void>;
  private readonly addInTransaction: Transaction<(comment: CommentRecord, audit: NewAuditEntry) => void>;
  private readonly commentsOfThreads: Statement<[string], CommentRow>;
  private readonly eventsOfThreads: Statement<[string], EventRow>;
  private readonly decideInTransaction: Transaction<
    (id: string, from: readonly ThreadRecord['status'][], to: ThreadRecord['status'], event: ThreadEventRecord, audit: NewAuditEntry) => boolean
  >;
  private readonly acceptInTransaction: Transaction<(id: string, event: ThreadEventRecord, update: DocumentUpdateEntry, audit: NewAuditEntry) => number | null>;

  constructor(database: Database, appender: AuditAppender) {
    // Any number of thread ids, bound as one JSON array parameter.
    this.commentsOfThreads = database.prepare('SELECT * FROM thread_comments WHERE thread_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id');
    this.eventsOfThreads = database.prepare('SELECT * FROM thread_events WHERE thread_id IN (SELECT value FROM json_each(?)) ORDER BY sequence');
    const insertThreads = threadInserter(database);
    const insertComment = commentInserter(database);
    this.createInTransaction = database.transaction((threads: readonly NewThread[], audit: readonly NewAuditEntry[]) => {
      insertThreads(threads);
      for (const entry of audit) appender.append(entry);
    });
    this.byId = database.prepare('SELECT * FROM threads WHERE id = ?');
    this.ofStatement = database.prepare('SELECT * FROM threads WHERE statement_id = ? ORDER BY created_at, id');
    this.ofStatements = database.prepare('SELECT * FROM threads WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id');
    this.commentById = database.prepare('SELECT * FROM thread_comments WHERE id = ?');
    this.editStatement = database.prepare('UPDATE thread_comments SET body = ?, edited_at = ? WHERE id = ? AND deleted_at IS NULL');
    const deleteStatement = database.prepare<[string, string]>("UPDATE thread_comments SET body = '', deleted_at = ? WHERE id = ? AND deleted_at IS NULL");
    this.addInTransaction = database.transaction((comment: CommentRecord, audit: NewAuditEntry) => {
      insertComment(comment);
      appender.append(audit);
    });
    this.deleteInTransaction = database.transaction((id: string, at: string, audit: NewAuditEntry) => {
      if (deleteStatement.run(at, id).changes === 1) appender.append(audit);
    });
    const setStatus = database.prepare('UPDATE threads SET status = @to, updated_at = @at WHERE id = @id AND status IN (SELECT value FROM json_each(@from))');
    const insertEvent = database.prepare(
      'INSERT INTO thread_events (thread_id, action, actor_id, reason, at) VALUES (@threadId, @action, @actorId, @reason, @at)',
    );
    this.decideInTransaction = database.transaction(
      (id: string, from: readonly ThreadRecord['status'][], to: ThreadRecord['status'], event: ThreadEventRecord, audit: NewAuditEntry) => {
        if (setStatus.run({ id, to, at: event.at, from: JSON.stringify(from) }).changes !== 1) return false;
        insertEvent.run(event);
        appender.append(audit);
        return true;
      },
    );
    const insertTextChange = textChangeInserter(database);
    this.acceptInTransaction = database.transaction((id: string, event: ThreadEventRecord, update: DocumentUpdateEntry, audit: NewAuditEntry) => {
      // The text change first: a statement frozen meanwhile rolls the decision back with it.
      const sequence = insertTextChange(update);
      if (!this.decideInTransaction(id, ['open'], 'accepted', event, audit)) throw new AlreadyDecided();
      return sequence;
    });
  }

  async create(threads: readonly NewThread[], audit: readonly NewAuditEntry[]): Promise<void> {
    this.createInTransaction.immediate(threads, audit);
  }

  async findById(id: string): Promise<ThreadRecord | null> {
    const row = this.byId.get(id);
    return row ? toThread(row) : null;
  }

  async listForStatement(statementId: string): Promise<ThreadRecord[]> {
    return this.ofStatement.all(statementId).map(toThread);
  }

  async commentsOf(threadIds: readonly string[]): Promise<CommentRecord[]> {
    if (threadIds.length === 0) return [];
    return this.commentsOfThreads.all(JSON.stringify(threadIds)).map(toComment);
  }

  async eventsOf(threadIds: readonly string[]): Promise<ThreadEventRecord[]> {
    if (threadIds.length === 0) return [];
    return this.eventsOfThreads.all(JSON.stringify(threadIds)).map(toEvent);
  }

  async addComment(comment: CommentRecord, audit: NewAuditEntry): Promise<void> {
    this.addInTransaction.immediate(comment, audit);
  }

  async findComment(id: string): Promise<CommentRecord | null> {
    const row = this.commentById.get(id);
    return row ? toComment(row) : null;
  }

  async editComment(id: string, body: string, at: string): Promise<void> {
    this.editStatement.run(body, at, id);
  }

  async deleteComment(id: string, at: string, audit: NewAuditEntry): Promise<void> {
    this.deleteInTransaction.immediate(id, at, audit);
  }

  async decide(
    id: string,
    from: readonly ThreadRecord['status'][],
    to: ThreadRecord['status'],
    event: ThreadEventRecord,
    audit: NewAuditEntry,
  ): Promise<boolean> {
    return this.decideInTransaction.immediate(id, from, to, event, audit);
  }

  async accept(id: string, event: ThreadEventRecord, update: DocumentUpdateEntry, audit: NewAuditEntry): Promise<number | null> {
    try {
      return this.acceptInTransaction.immediate(id, event, update, audit);
    } catch (error) {
      if (error instanceof AlreadyDecided) return null;
      throw error;
    }
  }

  async listForStatements(statementIds: readonly string[]): Promise<ThreadRecord[]> {
    return this.ofStatements.all(JSON.stringify(statementIds)).map(toThread);
  }
}
