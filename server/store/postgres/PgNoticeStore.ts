import type { EmailFrequency, NewAuditEntry, NoticeKind, NoticeMailOutcome, NoticeRecord, NoticeResolution } from '../records.ts';
import { noticeMessageColumn } from '../rows/noticeMessageColumn.ts';
import type { NoticeBatchEntry, NoticeStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase, PgQueryable } from './PgDatabase.ts';

interface NoticeRow {
  id: string;
  key: string;
  sequence: string;
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
  sequence: Number(row.sequence),
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

/** The PostgreSQL port of SqliteNoticeStore: several followers and mailers may run at once. */
export class PgNoticeStore implements NoticeStore {
  constructor(private readonly database: PgDatabase) {}

  async cursor(): Promise<number> {
    const [row] = await this.database.query<{ sequence: string }>('SELECT sequence FROM notice_cursor WHERE id = 1');
    return row === undefined ? 0 : Number(row.sequence);
  }

  async record(batch: readonly NoticeBatchEntry[], through: number): Promise<NoticeRecord[]> {
    return this.database.transaction(async (tx) => {
      const inserted: NoticeRecord[] = [];
      for (const entry of batch) {
        for (const resolution of entry.resolutions) await resolve(tx, resolution, entry.sequence, entry.at);
        for (const notice of entry.notices) {
          // Like INSERT OR IGNORE: a follower recording the same entry at once waits for the other, then skips it.
          const rows = await tx.query(
            `INSERT INTO notices (id, key, sequence, user_id, kind, statement_id, thread_id, title, title_message, excerpt, due, url, created_at, done_at, resolved_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, NULL) ON CONFLICT DO NOTHING RETURNING id`,
            [
              notice.id,
              notice.key,
              notice.sequence,
              notice.userId,
              notice.kind,
              notice.statementId,
              notice.threadId,
              notice.title,
              noticeMessageColumn.write(notice.message),
              notice.excerpt,
              notice.due,
              notice.url,
              notice.createdAt,
            ],
          );
          if (rows.length === 1) inserted.push(notice);
        }
      }
      // Only forward: a follower that read less than another must not move the cursor back.
      await tx.query('UPDATE notice_cursor SET sequence = GREATEST(sequence, $1) WHERE id = 1', [through]);
      return inserted;
    });
  }

  async listOpen(userId: string, limit: number): Promise<NoticeRecord[]> {
    const rows = await this.database.query<NoticeRow>(
      `SELECT * FROM notices WHERE user_id = $1 AND done_at IS NULL AND resolved_at IS NULL
       ORDER BY created_at COLLATE "C" DESC, sequence DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map(toNotice);
  }

  async markDone(userId: string, id: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.database.transaction(async (tx) => {
      const done = await tx.query('UPDATE notices SET done_at = $1 WHERE id = $2 AND user_id = $3 AND done_at IS NULL AND resolved_at IS NULL RETURNING id', [
        at,
        id,
        userId,
      ]);
      if (done.length !== 1) return false;
      await appendAudit(tx, audit);
      return true;
    });
  }

  async unmailedForImmediate(limit: number): Promise<{ notice: NoticeRecord; email: EmailFrequency }[]> {
    // Users without settings are `immediate` (the settings table's default).
    const rows = await this.database.query<NoticeRow & { email: EmailFrequency }>(
      `SELECT notices.*, coalesce(settings.email, 'immediate') AS email FROM notices
       LEFT JOIN notification_settings settings ON settings.user_id = notices.user_id
       WHERE notices.mailed_at IS NULL AND coalesce(settings.email, 'immediate') IN ('immediate', 'off')
       ORDER BY notices.sequence, notices.id COLLATE "C" LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ notice: toNotice(row), email: row.email }));
  }

  async unmailedOf(userId: string): Promise<NoticeRecord[]> {
    const rows = await this.database.query<NoticeRow>('SELECT * FROM notices WHERE user_id = $1 AND mailed_at IS NULL ORDER BY sequence, id COLLATE "C"', [
      userId,
    ]);
    return rows.map(toNotice);
  }

  async markMailed(ids: readonly string[], at: string, outcome: NoticeMailOutcome): Promise<void> {
    await markAll(this.database, ids, at, outcome);
  }

  async digestHandled(userId: string, period: string): Promise<boolean> {
    const rows = await this.database.query('SELECT 1 FROM digest_periods WHERE user_id = $1 AND period = $2', [userId, period]);
    return rows.length > 0;
  }

  async recordDigest(userId: string, period: string, ids: readonly string[], skippedIds: readonly string[], at: string): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx.query('INSERT INTO digest_periods (user_id, period, handled_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, period, at]);
      await markAll(tx, ids, at, 'digest');
      await markAll(tx, skippedIds, at, 'skipped');
    });
  }
}

/** Marks the notices not marked yet: the first outcome recorded stays. */
async function markAll(queryable: PgQueryable, ids: readonly string[], at: string, outcome: NoticeMailOutcome): Promise<void> {
  if (ids.length === 0) return;
  await queryable.query('UPDATE notices SET mailed_at = $1, mail_outcome = $2 WHERE id = ANY($3::text[]) AND mailed_at IS NULL', [at, outcome, ids]);
}

/** Marks resolved the open notices made before audit entry `sequence` that `resolution` matches. */
async function resolve(tx: PgQueryable, resolution: NoticeResolution, sequence: number, at: string): Promise<void> {
  if (resolution.kinds.length === 0 || resolution.userIds?.length === 0) return;
  await tx.query(
    `UPDATE notices SET resolved_at = $1 WHERE resolved_at IS NULL AND sequence < $2 AND statement_id = $3 AND kind = ANY($4::text[])
       AND ($5::text IS NULL OR thread_id = $5) AND ($6::text[] IS NULL OR user_id = ANY($6::text[]))`,
    [at, sequence, resolution.statementId, resolution.kinds, resolution.threadId ?? null, resolution.userIds ?? null],
  );
}
