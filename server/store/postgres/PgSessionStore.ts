import type { SessionRecord } from '../records.ts';
import type { SessionStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

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

export class PgSessionStore implements SessionStore {
  constructor(private readonly db: PgDatabase) {}

  async create(idHash: string, session: SessionRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO sessions (id, id_hash, user_id, created_at, expires_at, last_seen_at, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [session.id, idHash, session.userId, session.createdAt, session.expiresAt, session.lastSeenAt, session.userAgent],
    );
  }

  async find(idHash: string): Promise<SessionRecord | null> {
    const [row] = await this.db.query<SessionRow>('SELECT * FROM sessions WHERE id_hash = $1', [idHash]);
    return row ? toSessionRecord(row) : null;
  }

  async touch(idHash: string, at: string): Promise<void> {
    await this.db.query('UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2', [at, idHash]);
  }

  async listForUser(userId: string): Promise<SessionRecord[]> {
    const rows = await this.db.query<SessionRow>('SELECT * FROM sessions WHERE user_id = $1 ORDER BY last_seen_at DESC', [userId]);
    return rows.map(toSessionRecord);
  }

  async delete(idHash: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteById(userId: string, id: string): Promise<string | null> {
    const [row] = await this.db.query<{ id_hash: string }>('DELETE FROM sessions WHERE user_id = $1 AND id = $2 RETURNING id_hash', [userId, id]);
    return row?.id_hash ?? null;
  }

  async deleteForUser(userId: string, keepIdHash = ''): Promise<string[]> {
    const rows = await this.db.query<{ id_hash: string }>('DELETE FROM sessions WHERE user_id = $1 AND id_hash != $2 RETURNING id_hash', [userId, keepIdHash]);
    return rows.map((row) => row.id_hash);
  }

  async deleteExpired(now: string, idleSince = ''): Promise<string[]> {
    const rows = await this.db.query<{ id_hash: string }>('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING id_hash', [
      now,
      idleSince,
    ]);
    return rows.map((row) => row.id_hash);
  }
}
