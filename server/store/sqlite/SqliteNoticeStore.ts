import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { EmailFrequency, NewAuditEntry, NoticeKind, NoticeMailOutcome, NoticeRecord, NoticeResolution } from '../records.ts';
import { noticeMessageColumn } from '../rows/noticeMessageColumn.ts';
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
  title_message: string | null;
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
  message: noticeMessageColumn.read(row.title_message),
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
  private readonly forImmediate: Statement<[number], NoticeRow & { email: string }>;
  private readonly unmailedByUser: Statement<[string], NoticeRow>;
  private readonly markInTransaction: Transaction<(ids: readonly string[], at: string, outcome: NoticeMailOutcome) => void>;
  private readonly periodHandled: Statement<[string, string], { one: number }>;
  private readonly digestInTransaction: Transaction<
    (userId: string, period: string, ids: readonly string[], skippedIds: readonly string[], at: string) => void
  >;

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
      (id, key, sequence, user_id, kind, statement_id, thread_id, title, title_message, excerpt, due, url, created_at, done_at, resolved_at)
      VALUES (@id, @key, @sequence, @userId, @kind, @statementId, @threadId, @title, @titleMessage, @excerpt, @due, @url, @createdAt, NULL, NULL)`);
    const moveCursor = database.prepare('UPDATE notice_cursor SET sequence = ? WHERE id = 1 AND sequence < ?');
    this.recordInTransaction = database.transaction((batch: Batch, through: number) => {
      const inserted: NoticeRecord[] = [];
      for (const entry of batch) {
        for (const resolution of entry.resolutions) resolve(database, resolution, entry.sequence, entry.at);
        for (const notice of entry.notices) {
          if (insert.run({ ...notice, message: undefined, titleMessage: noticeMessageColumn.write(notice.message) }).changes === 1) inserted.push(notice);
        }
      }
      moveCursor.run(through, through);
      return inserted;
    });
    // Users without settings are `immediate` (the settings table's default).
    this.forImmediate = database.prepare(`SELECT notices.*, coalesce(settings.email, 'immediate') AS email FROM notices
      LEFT JOIN notification_settings settings ON settings.user_id = notices.user_id
      WHERE notices.mailed_at IS NULL AND coalesce(settings.email, 'immediate') IN ('immediate', 'off')
      ORDER BY notices.sequence, notices.id LIMIT ?`);
    this.unmailedByUser = database.prepare('SELECT * FROM notices WHERE user_id = ? AND mailed_at IS NULL ORDER BY sequence, id');
    const mark = database.prepare<[string, NoticeMailOutcome, string]>('UPDATE notices SET mailed_at = ?, mail_outcome = ? WHERE id = ? AND mailed_at IS NULL');
    const markAll = (ids: readonly string[], at: string, outcome: NoticeMailOutcome) => {
      for (const id of ids) mark.run(at, outcome, id);
    };
    this.markInTransaction = database.transaction(markAll);
    this.periodHandled = database.prepare('SELECT 1 AS one FROM digest_periods WHERE user_id = ? AND period = ?');
    const handle = database.prepare<[string, string, string]>('INSERT OR IGNORE INTO digest_periods (user_id, period, handled_at) VALUES (?, ?, ?)');
    this.digestInTransaction = database.transaction((userId: string, period: string, ids: readonly string[], skippedIds: readonly string[], at: string) => {
      handle.run(userId, period, at);
      markAll(ids, at, 'digest');
      markAll(skippedIds, at, 'skipped');
    });
  }

  async unmailedForImmediate(limit: number): Promise<{ notice: NoticeRecord; email: EmailFrequency }[]> {
    return this.forImmediate.all(limit).map((row) => ({ notice: toNotice(row), email: row.email as EmailFrequency }));
  }

  async unmailedOf(userId: string): Promise<NoticeRecord[]> {
    return this.unmailedByUser.all(userId).map(toNotice);
  }

  async markMailed(ids: readonly string[], at: string, outcome: NoticeMailOutcome): Promise<void> {
    this.markInTransaction.immediate(ids, at, outcome);
  }

  async digestHandled(userId: string, period: string): Promise<boolean> {
    return this.periodHandled.get(userId, period) !== undefined;
  }

  async recordDigest(userId: string, period: string, ids: readonly string[], skippedIds: readonly string[], at: string): Promise<void> {
    this.digestInTransaction.immediate(userId, period, ids, skippedIds, at);
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
