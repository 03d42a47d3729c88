import type { Language } from '../../../shared/i18n/languages.ts';
import type { UserRecord } from '../records.ts';
import type { UserStore } from '../Store.ts';
import { caseInsensitiveOrder } from './caseInsensitiveOrder.ts';
import type { PgDatabase, PgQueryable } from './PgDatabase.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: UserRecord['role'];
  org_id: string | null;
  created_at: string;
  removed_at: string | null;
  language: Language | null;
}

function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    role: row.role,
    orgId: row.org_id,
    createdAt: row.created_at,
    removedAt: row.removed_at,
    language: row.language,
  };
}

/** Inserts an account (also used by the invitation store inside its own transaction). */
export async function insertUser(queryable: PgQueryable, user: UserRecord): Promise<void> {
  await queryable.query(
    `INSERT INTO users (id, email, name, password_hash, role, org_id, created_at, removed_at, language)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [user.id, user.email, user.name, user.passwordHash, user.role, user.orgId, user.createdAt, user.removedAt, user.language],
  );
}

const BY_NAME = caseInsensitiveOrder('name');

export class PgUserStore implements UserStore {
  constructor(private readonly db: PgDatabase) {}

  async count(): Promise<number> {
    const [row] = await this.db.query<{ count: string }>('SELECT count(*) AS count FROM users');
    return Number(row?.count ?? 0);
  }

  async create(user: UserRecord): Promise<void> {
    await insertUser(this.db, user);
  }

  async findById(id: string): Promise<UserRecord | null> {
    const [row] = await this.db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
    return row ? toUserRecord(row) : null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const [row] = await this.db.query<UserRow>('SELECT * FROM users WHERE email = $1', [email.toLowerCase()]);
    return row ? toUserRecord(row) : null;
  }

  async list(): Promise<UserRecord[]> {
    return (await this.db.query<UserRow>(`SELECT * FROM users WHERE removed_at IS NULL ORDER BY ${BY_NAME}`)).map(toUserRecord);
  }

  async listByOrganisation(orgId: string): Promise<UserRecord[]> {
    const rows = await this.db.query<UserRow>(`SELECT * FROM users WHERE org_id = $1 AND removed_at IS NULL ORDER BY ${BY_NAME}`, [orgId]);
    return rows.map(toUserRecord);
  }

  async update(id: string, changes: { name?: string; role?: UserRecord['role'] }): Promise<void> {
    if (changes.name === undefined && changes.role === undefined) return;
    await this.db.query('UPDATE users SET name = coalesce($2, name), role = coalesce($3, role) WHERE id = $1', [
      id,
      changes.name ?? null,
      changes.role ?? null,
    ]);
  }

  async remove(id: string, at: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE users SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL', [at, id]);
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      await tx.query('DELETE FROM statement_drafters WHERE user_id = $1', [id]);
    });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, id]);
  }

  async setLanguage(id: string, language: Language | null): Promise<void> {
    await this.db.query('UPDATE users SET language = $1 WHERE id = $2', [language, id]);
  }
}
