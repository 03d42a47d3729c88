import type { Database, Statement } from 'better-sqlite3';
import type { ReplyAddressRecord } from '../records.ts';
import type { ReplyAddressStore } from '../Store.ts';

interface ReplyAddressRow {
  id: string;
  thread_id: string;
  user_id: string;
  mail_key: string;
  created_at: string;
}

export class SqliteReplyAddressStore implements ReplyAddressStore {
  private readonly insert: Statement<[string, string, string, string, string]>;
  private readonly byId: Statement<[string], ReplyAddressRow>;
  private readonly deleteById: Statement<[string]>;
  private readonly deleteBefore: Statement<[string]>;

  constructor(database: Database) {
    this.insert = database.prepare('INSERT INTO reply_addresses (id, thread_id, user_id, mail_key, created_at) VALUES (?, ?, ?, ?, ?)');
    this.byId = database.prepare('SELECT id, thread_id, user_id, mail_key, created_at FROM reply_addresses WHERE id = ?');
    this.deleteById = database.prepare('DELETE FROM reply_addresses WHERE id = ?');
    this.deleteBefore = database.prepare('DELETE FROM reply_addresses WHERE created_at < ?');
  }

  async create(record: ReplyAddressRecord): Promise<void> {
    this.insert.run(record.id, record.threadId, record.userId, record.mailKey, record.createdAt);
  }

  async findById(id: string): Promise<ReplyAddressRecord | null> {
    const row = this.byId.get(id);
    return row ? { id: row.id, threadId: row.thread_id, userId: row.user_id, mailKey: row.mail_key, createdAt: row.created_at } : null;
  }

  async delete(id: string): Promise<void> {
    this.deleteById.run(id);
  }

  async deleteCreatedBefore(at: string): Promise<number> {
    return this.deleteBefore.run(at).changes;
  }
}
