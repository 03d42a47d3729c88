import type { Database } from 'better-sqlite3';
import { assertMailKey, type OutgoingMail } from '../../mail/OutgoingMail.ts';
import type { MailStatus, QueuedMailRecord } from '../records.ts';
import type { MailStore } from '../Store.ts';

interface MailRow {
  id: number;
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
    id: row.id,
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

export class SqliteMailStore implements MailStore {
  constructor(private readonly database: Database) {}

  async enqueue(mail: OutgoingMail, at: string): Promise<boolean> {
    assertMailKey(mail.key);
    if (mail.threadId !== undefined) assertMailKey(mail.threadId);
    const result = this.database
      .prepare(`INSERT OR IGNORE INTO mail_queue
        (key, recipient, user_id, subject, text_body, html_body, thread_id, reply_to, created_at, next_attempt_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(mail.key, mail.to, mail.userId, mail.subject, mail.text, mail.html, mail.threadId ?? null, mail.replyTo ?? null, at, at);
    return result.changes === 1;
  }

  async list({ status, before, limit }: { status?: MailStatus; before?: number; limit: number }): Promise<QueuedMailRecord[]> {
    return this.database
      .prepare<[string | null, string | null, number | null, number | null, number], MailRow>(
        'SELECT * FROM mail_queue WHERE (? IS NULL OR status = ?) AND (? IS NULL OR id < ?) ORDER BY id DESC LIMIT ?',
      )
      .all(status ?? null, status ?? null, before ?? null, before ?? null, limit)
      .map(toRecord);
  }

  async findById(id: number): Promise<QueuedMailRecord | null> {
    const row = this.database.prepare<[number], MailRow>('SELECT * FROM mail_queue WHERE id = ?').get(id);
    return row ? toRecord(row) : null;
  }

  async findByKey(key: string): Promise<QueuedMailRecord | null> {
    const row = this.database.prepare<[string], MailRow>('SELECT * FROM mail_queue WHERE key = ?').get(key);
    return row ? toRecord(row) : null;
  }

  async claimNext(now: string): Promise<QueuedMailRecord | null> {
    const claim = this.database.transaction((at: string) => {
      const row = this.database
        .prepare<[string], MailRow>("SELECT * FROM mail_queue WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1")
        .get(at);
      if (row === undefined) return null;
      const claimed = this.database.prepare("UPDATE mail_queue SET status = 'sending' WHERE id = ? AND status = 'queued'").run(row.id);
      return claimed.changes === 1 ? toRecord({ ...row, status: 'sending' }) : null;
    });
    return claim.immediate(now);
  }

  async markSent(id: number, at: string): Promise<void> {
    this.database.prepare("UPDATE mail_queue SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?").run(at, id);
  }

  async markAttemptFailed(id: number, error: string, nextAttemptAt: string | null): Promise<void> {
    this.database
      .prepare(
        `UPDATE mail_queue SET attempts = attempts + 1, last_error = ?,
          status = CASE WHEN ? IS NULL THEN 'failed' ELSE 'queued' END,
          next_attempt_at = coalesce(?, next_attempt_at) WHERE id = ?`,
      )
      .run(error.slice(0, 1000), nextAttemptAt, nextAttemptAt, id);
  }

  async requeueInterrupted(): Promise<number> {
    return this.database.prepare("UPDATE mail_queue SET status = 'queued' WHERE status = 'sending'").run().changes;
  }
}
