import type { ReplyAddressRecord } from '../records.ts';
import type { ReplyAddressStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface ReplyAddressRow {
  id: string;
  thread_id: string;
  user_id: string;
  mail_key: string;
  created_at: string;
}

/** The PostgreSQL port of SqliteReplyAddressStore. */
export class PgReplyAddressStore implements ReplyAddressStore {
  constructor(private readonly database: PgDatabase) {}

  async create(record: ReplyAddressRecord): Promise<void> {
    await this.database.query('INSERT INTO reply_addresses (id, thread_id, user_id, mail_key, created_at) VALUES ($1, $2, $3, $4, $5)', [
      record.id,
      record.threadId,
      record.userId,
      record.mailKey,
      record.createdAt,
    ]);
  }

  async findById(id: string): Promise<ReplyAddressRecord | null> {
    const [row] = await this.database.query<ReplyAddressRow>('SELECT id, thread_id, user_id, mail_key, created_at FROM reply_addresses WHERE id = $1', [id]);
    return row ? { id: row.id, threadId: row.thread_id, userId: row.user_id, mailKey: row.mail_key, createdAt: row.created_at } : null;
  }

  async delete(id: string): Promise<void> {
    await this.database.query('DELETE FROM reply_addresses WHERE id = $1', [id]);
  }

  async deleteCreatedBefore(at: string): Promise<number> {
    const [row] = await this.database.query<{ count: string }>(
      'WITH deleted AS (DELETE FROM reply_addresses WHERE created_at COLLATE "C" < $1 RETURNING 1) SELECT count(*) FROM deleted',
      [at],
    );
    return Number(row?.count ?? 0);
  }
}
