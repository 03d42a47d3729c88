import type { Database, Statement } from 'better-sqlite3';
import type { SessionRecord } from '../records.ts';
import type { SessionStore } from '../Store.ts';

interface SessionRow {
  id: string;
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
}

function toSessionRecord(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    userAgent: row.user_agent,
  };
}

export class SqliteSessionStore implements SessionStore {
  private readonly insert: Statement;
  private readonly byIdHash: Statement<[string], SessionRow>;
  private readonly touchStatement: Statement<[string, string]>;
  private readonly byUser: Statement<[string], SessionRow>;
  private readonly remove: Statement<[string]>;
  private readonly removeById: Statement<[string, string], { id_hash: string }>;
  private readonly removeForUser: Statement<[string, string], { id_hash: string }>;
  private readonly removeExpired: Statement<[string, string], { id_hash: string }>;

  constructor(database: Database) {
    this.insert = database.prepare(`INSERT INTO sessions (id, id_hash, user_id, created_at, expires_at, last_seen_at, user_agent)
      VALUES (@id, @idHash, @userId, @createdAt, @expiresAt, @lastSeenAt, @userAgent)`);
    this.byIdHash = database.prepare('SELECT * FROM sessions WHERE id_hash = ?');
    this.touchStatement = database.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?');
    this.byUser = database.prepare('SELECT * FROM sessions WHERE user_id = ? ORDER BY last_seen_at DESC');
    this.remove = database.prepare('DELETE FROM sessions WHERE id_hash = ?');
    this.removeById = database.prepare('DELETE FROM sessions WHERE user_id = ? AND id = ? RETURNING id_hash');
    this.removeForUser = database.prepare('DELETE FROM sessions WHERE user_id = ? AND id_hash != ? RETURNING id_hash');
    this.removeExpired = database.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ? RETURNING id_hash');
  }

  async create(idHash: string, session: SessionRecord): Promise<void> {
    this.insert.run({ ...session, idHash });
  }

  async find(idHash: string): Promise<SessionRecord | null> {
    const row = this.byIdHash.get(idHash);
    return row ? toSessionRecord(row) : null;
  }

  async touch(idHash: string, at: string): Promise<void> {
    this.touchStatement.run(at, idHash);
  }

  async listForUser(userId: string): Promise<SessionRecord[]> {
    return this.byUser.all(userId).map(toSessionRecord);
  }

  async delete(idHash: string): Promise<void> {
    this.remove.run(idHash);
  }

  async deleteById(userId: string, id: string): Promise<string | null> {
    return this.removeById.get(userId, id)?.id_hash ?? null;
  }

  async deleteForUser(userId: string, keepIdHash = ''): Promise<string[]> {
    return this.removeForUser.all(userId, keepIdHash).map((row) => row.id_hash);
  }

  async deleteExpired(now: string, idleSince = ''): Promise<string[]> {
    return this.removeExpired.all(now, idleSince).map((row) => row.id_hash);
  }
}
