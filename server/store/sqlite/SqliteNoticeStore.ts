import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { NewAuditEntry, NoticeKind, NoticeRecord, NoticeResolution } from '../records.ts';
import type { NoticeBatchEntry, NoticeStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';

interface NoticeRow {
  id: string;
  key: string;
  sequence: number;
  user_id: string;
  kind: string;
  statement_id: string;
  thread_id: string | null;
  title: string;
  excerpt: string | null;
  due: string | null;
  url: string;
  created_at: string;
  done_at: string | null;
  resolved_at: string | null;
}

const toNotice = (row: NoticeRow): NoticeRecord => ({
  id: row.id,
  key: row.key,
  sequence: row.sequence,
  userId: row.user_id,
  kind: row.kind as NoticeKind,
  statementId: row.statement_id,
  threadId: row.thread_id,
  title: row.title,
  excerpt: row.excerpt,
  due: row.due,
  url: row.url,
  createdAt: row.created_at,
  doneAt: row.done_at,
  resolvedAt: row.resolved_at,
});

type Batch = readonly NoticeBatchEntry[];

export class SqliteNoticeStore implements NoticeStore {
  private readonly readCursor: Statement<[], { sequence: number }>;
  private readonly open: Statement<[string, number], NoticeRow>;
  private readonly doneInTransaction: Transaction<(userId: string, id: string, at: string, audit: NewAuditEntry) => boolean>;
  private readonly recordInTransaction: Transaction<(batch: Batch, through: number) => NoticeRecord[]>;

  constructor(database: Database, auditAppender: AuditAppender) {
    this.readCursor = database.prepare('SELECT sequence FROM notice_cursor WHERE id = 1');
    this.open = database.prepare(`SELECT * FROM notices WHERE user_id = ? AND done_at IS NULL AND resolved_at IS NULL
      ORDER BY created_at DESC, sequence DESC LIMIT ?`);
    const done = database.prepare<[string, string, string]>(
      'UPDATE notices SET done_at = ? WHERE id = ? AND user_id = ? AND done_at IS NULL AND resolved_at IS NULL',
    );
    this.doneInTransaction = database.transaction((userId: string, id: string, at: string, audit: NewAuditEntry) => {
      if (done.run(at, id, userId).changes !== 1) return false;
      auditAppender.append(audit);
      return true;
    });
    const insert = database.prepare(`INSERT OR IGNORE INTO notices
      (id, key, sequence, user_id, kind, statement_id, thread_id, title, excerpt, due, url, created_at, done_at, resolved_at)
      VALUES (@id, @key, @sequence, @userId, @kind, @statementId, @threadId, @title, @excerpt, @due, @url, @createdAt, NULL, NULL)`);
    const moveCursor = database.prepare('UPDATE notice_cursor SET sequence = ? WHERE id = 1 AND sequence < ?');
    this.recordInTransaction = database.transaction((batch: Batch, through: number) => {
      const inserted: NoticeRecord[] = [];
      for (const entry of batch) {
        for (const resolution of entry.resolutions) resolve(database, resolution, entry.sequence, entry.at);
        for (const notice of entry.notices) {
          if (insert.run({ ...notice }).changes === 1) inserted.push(notice);
        }
      }
      moveCursor.run(through, through);
      return inserted;
    });
  }

  async cursor(): Promise<number> {
    return this.readCursor.get()?.sequence ?? 0;
  }

  async record(batch: Batch, through: number): Promise<NoticeRecord[]> {
    return this.recordInTransaction.immediate(batch, through);
  }

  async listOpen(userId: string, limit: number): Promise<NoticeRecord[]> {
    return this.open.all(userId, limit).map(toNotice);
  }

  async markDone(userId: string, id: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.doneInTransaction.immediate(userId, id, at, audit);
  }
}

/** Marks resolved the open notices made before audit entry `sequence` that `resolution` matches. */
function resolve(database: Database, resolution: NoticeResolution, sequence: number, at: string): void {
  if (resolution.kinds.length === 0 || resolution.userIds?.length === 0) return;
  const kinds = resolution.kinds.map(() => '?').join(', ');
  const users = resolution.userIds ? ` AND user_id IN (${resolution.userIds.map(() => '?').join(', ')})` : '';
  const thread = resolution.threadId !== undefined ? ' AND thread_id = ?' : '';
  database
    .prepare(`UPDATE notices SET resolved_at = ? WHERE resolved_at IS NULL AND sequence < ? AND statement_id = ? AND kind IN (${kinds})${thread}${users}`)
    .run(
      at,
      sequence,
      resolution.statementId,
      ...resolution.kinds,
      ...(resolution.threadId !== undefined ? [resolution.threadId] : []),
      ...(resolution.userIds ?? []),
    );
}
