import { assertMailKey, type OutgoingMail } from '../../mail/OutgoingMail.ts';
import type { MailStatus, QueuedMailRecord } from '../records.ts';
import type { MailStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface MailRow {
  id: string;
  key: string;
  recipient: string;
  user_id: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  thread_id: string | null;
  reply_to: string | null;
  status: MailStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  next_attempt_at: string;
  sent_at: string | null;
}

function toRecord(row: MailRow): QueuedMailRecord {
  return {
    id: Number(row.id),
    key: row.key,
    to: row.recipient,
    userId: row.user_id,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    threadId: row.thread_id,
    replyTo: row.reply_to,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    sentAt: row.sent_at,
  };
}

/** The PostgreSQL port of SqliteMailStore: several processes may send from the same queue. */
export class PgMailStore implements MailStore {
  constructor(private readonly database: PgDatabase) {}

  async enqueue(mail: OutgoingMail, at: string): Promise<boolean> {
    assertMailKey(mail.key);
    if (mail.threadId !== undefined) assertMailKey(mail.threadId);
    const inserted = await this.database.query(
      `INSERT INTO mail_queue (key, recipient, user_id, subject, text_body, html_body, thread_id, reply_to, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) ON CONFLICT (key) DO NOTHING RETURNING id`,
      [mail.key, mail.to, mail.userId, mail.subject, mail.text, mail.html, mail.threadId ?? null, mail.replyTo ?? null, at],
    );
    return inserted.length === 1;
  }

  async list({ status, before, limit }: { status?: MailStatus; before?: number; limit: number }): Promise<QueuedMailRecord[]> {
    const rows = await this.database.query<MailRow>(
      'SELECT * FROM mail_queue WHERE ($1::text IS NULL OR status = $1) AND ($2::bigint IS NULL OR id < $2) ORDER BY id DESC LIMIT $3',
      [status ?? null, before ?? null, limit],
    );
    return rows.map(toRecord);
  }

  async findById(id: number): Promise<QueuedMailRecord | null> {
    const [row] = await this.database.query<MailRow>('SELECT * FROM mail_queue WHERE id = $1', [id]);
    return row ? toRecord(row) : null;
  }

  async findByKey(key: string): Promise<QueuedMailRecord | null> {
    const [row] = await this.database.query<MailRow>('SELECT * FROM mail_queue WHERE key = $1', [key]);
    return row ? toRecord(row) : null;
  }

  async claimNext(now: string): Promise<QueuedMailRecord | null> {
    return this.database.transaction(async (tx) => {
      // SKIP LOCKED: another sender's claim in progress is passed over, never waited for nor taken twice.
      const [row] = await tx.query<MailRow>(
        `SELECT * FROM mail_queue WHERE status = 'queued' AND next_attempt_at COLLATE "C" <= $1
         ORDER BY next_attempt_at COLLATE "C", id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (row === undefined) return null;
      const [claimed] = await tx.query<MailRow>("UPDATE mail_queue SET status = 'sending' WHERE id = $1 AND status = 'queued' RETURNING *", [row.id]);
      return claimed === undefined ? null : toRecord(claimed);
    });
  }

  async markSent(id: number, at: string): Promise<void> {
    await this.database.query("UPDATE mail_queue SET status = 'sent', sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2", [at, id]);
  }

  async markAttemptFailed(id: number, error: string, nextAttemptAt: string | null): Promise<void> {
    await this.database.query(
      `UPDATE mail_queue SET attempts = attempts + 1, last_error = $1,
         status = CASE WHEN $2::text IS NULL THEN 'failed' ELSE 'queued' END,
         next_attempt_at = coalesce($2, next_attempt_at) WHERE id = $3`,
      // PostgreSQL text cannot hold NUL (SQLite's can): an SMTP error is outside input.
      [error.slice(0, 1000).replaceAll('\u0000', '\uFFFD'), nextAttemptAt, id],
    );
  }

  async requeueInterrupted(): Promise<number> {
    const [row] = await this.database.query<{ count: string }>(
      "WITH requeued AS (UPDATE mail_queue SET status = 'queued' WHERE status = 'sending' RETURNING 1) SELECT count(*) FROM requeued",
    );
    return Number(row?.count ?? 0);
  }
}
