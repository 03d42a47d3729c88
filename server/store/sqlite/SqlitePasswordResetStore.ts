import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { PasswordResetRecord } from '../records.ts';
import type { PasswordResetStore } from '../Store.ts';

interface ResetRow {
  token_hash: string;
  user_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export class SqlitePasswordResetStore implements PasswordResetStore {
  private readonly insert: Statement;
  private readonly byTokenHash: Statement<[string], ResetRow>;
  private readonly consumeTokenInTransaction: Transaction<(tokenHash: string, passwordHash: string, at: string) => boolean>;

  constructor(database: Database) {
    this.insert = database.prepare(`INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at, used_at)
      VALUES (@tokenHash, @userId, @createdBy, @createdAt, @expiresAt, @usedAt)`);
    this.byTokenHash = database.prepare('SELECT * FROM password_resets WHERE token_hash = ?');
    const markUsed = database.prepare<[string, string], { user_id: string }>(
      'UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL RETURNING user_id',
    );
    const setPassword = database.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
    const endSessions = database.prepare('DELETE FROM sessions WHERE user_id = ?');
    this.consumeTokenInTransaction = database.transaction((tokenHash: string, passwordHash: string, at: string) => {
      const used = markUsed.get(at, tokenHash);
      if (!used) return false;
      setPassword.run(passwordHash, used.user_id);
      endSessions.run(used.user_id);
      return true;
    });
  }

  async create(reset: PasswordResetRecord): Promise<void> {
    this.insert.run(reset);
  }

  async findByTokenHash(tokenHash: string): Promise<PasswordResetRecord | null> {
    const row = this.byTokenHash.get(tokenHash);
    return row
      ? {
          tokenHash: row.token_hash,
          userId: row.user_id,
          createdBy: row.created_by,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          usedAt: row.used_at,
        }
      : null;
  }

  async use(tokenHash: string, passwordHash: string, at: string): Promise<boolean> {
    return this.consumeTokenInTransaction(tokenHash, passwordHash, at);
  }
}
