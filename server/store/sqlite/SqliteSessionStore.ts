import type { Database, Statement } from 'better-sqlite3';
import type { SessionRecord } from '../records.ts';
import type { SessionStore } from '../Store.ts';

export class SqliteSessionStore implements SessionStore {
  private readonly insert: Statement;
  private readonly byIdHash: Statement<[string], { user_id: string; created_at: string; expires_at: string }>;
  private readonly remove: Statement<[string]>;
  private readonly removeExpired: Statement<[string]>;

  constructor(database: Database) {
    this.insert = database.prepare(
      'INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.byIdHash = database.prepare('SELECT user_id, created_at, expires_at FROM sessions WHERE id_hash = ?');
    this.remove = database.prepare('DELETE FROM sessions WHERE id_hash = ?');
    this.removeExpired = database.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  }

  async create(idHash: string, session: SessionRecord): Promise<void> {
    this.insert.run(idHash, session.userId, session.createdAt, session.expiresAt);
  }

  async find(idHash: string): Promise<SessionRecord | null> {
    const row = this.byIdHash.get(idHash);
    return row ? { userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at } : null;
  }

  async delete(idHash: string): Promise<void> {
    this.remove.run(idHash);
  }

  async deleteExpired(now: string): Promise<number> {
    return this.removeExpired.run(now).changes;
  }
}
