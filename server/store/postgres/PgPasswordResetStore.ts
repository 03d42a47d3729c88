import type { PasswordResetRecord } from '../records.ts';
import type { PasswordResetStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface ResetRow {
  token_hash: string;
  user_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export class PgPasswordResetStore implements PasswordResetStore {
  constructor(private readonly db: PgDatabase) {}

  async create(reset: PasswordResetRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at, used_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [reset.tokenHash, reset.userId, reset.createdBy, reset.createdAt, reset.expiresAt, reset.usedAt],
    );
  }

  async findByTokenHash(tokenHash: string): Promise<PasswordResetRecord | null> {
    const [row] = await this.db.query<ResetRow>('SELECT * FROM password_resets WHERE token_hash = $1', [tokenHash]);
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
    return this.db.transaction(async (tx) => {
      // Used twice at once: the second waits on the row, then finds it used.
      const [used] = await tx.query<{ user_id: string }>(
        'UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL RETURNING user_id',
        [at, tokenHash],
      );
      if (!used) return false;
      await tx.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, used.user_id]);
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [used.user_id]);
      return true;
    });
  }
}
