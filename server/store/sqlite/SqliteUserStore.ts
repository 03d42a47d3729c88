import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { UserRecord } from '../records.ts';
import type { UserStore } from '../Store.ts';

export interface UserRow {
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

export function toUserRecord(row: UserRow): UserRecord {
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

export const INSERT_USER = `INSERT INTO users (id, email, name, password_hash, role, org_id, created_at, removed_at, language)
  VALUES (@id, @email, @name, @passwordHash, @role, @orgId, @createdAt, @removedAt, @language)`;

export class SqliteUserStore implements UserStore {
  private readonly insert: Statement;
  private readonly byId: Statement<[string], UserRow>;
  private readonly byEmail: Statement<[string], UserRow>;
  private readonly counter: Statement<[], { count: number }>;
  private readonly all: Statement<[], UserRow>;
  private readonly byOrganisation: Statement<[string], UserRow>;
  private readonly rename: Statement<[string, string]>;
  private readonly changeRole: Statement<[string, string]>;
  private readonly changePassword: Statement<[string, string]>;
  private readonly changeLanguage: Statement<[string | null, string]>;
  private readonly removeInTransaction: Transaction<(id: string, at: string) => void>;

  constructor(database: Database) {
    this.insert = database.prepare(INSERT_USER);
    this.byId = database.prepare('SELECT * FROM users WHERE id = ?');
    this.byEmail = database.prepare('SELECT * FROM users WHERE email = ?');
    this.counter = database.prepare('SELECT count(*) AS count FROM users');
    this.all = database.prepare('SELECT * FROM users WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE');
    this.byOrganisation = database.prepare('SELECT * FROM users WHERE org_id = ? AND removed_at IS NULL ORDER BY name COLLATE NOCASE');
    this.rename = database.prepare('UPDATE users SET name = ? WHERE id = ?');
    this.changeRole = database.prepare('UPDATE users SET role = ? WHERE id = ?');
    this.changePassword = database.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
    this.changeLanguage = database.prepare('UPDATE users SET language = ? WHERE id = ?');
    const markRemoved = database.prepare('UPDATE users SET removed_at = ? WHERE id = ? AND removed_at IS NULL');
    const endSessions = database.prepare('DELETE FROM sessions WHERE user_id = ?');
    const endDrafting = database.prepare('DELETE FROM statement_drafters WHERE user_id = ?');
    this.removeInTransaction = database.transaction((id: string, at: string) => {
      markRemoved.run(at, id);
      endSessions.run(id);
      endDrafting.run(id);
    });
  }

  async count(): Promise<number> {
    return this.counter.get()?.count ?? 0;
  }

  async create(user: UserRecord): Promise<void> {
    this.insert.run(user);
  }

  async findById(id: string): Promise<UserRecord | null> {
    const row = this.byId.get(id);
    return row ? toUserRecord(row) : null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const row = this.byEmail.get(email.toLowerCase());
    return row ? toUserRecord(row) : null;
  }

  async list(): Promise<UserRecord[]> {
    return this.all.all().map(toUserRecord);
  }

  async listByOrganisation(orgId: string): Promise<UserRecord[]> {
    return this.byOrganisation.all(orgId).map(toUserRecord);
  }

  async update(id: string, changes: { name?: string; role?: UserRecord['role'] }): Promise<void> {
    if (changes.name !== undefined) this.rename.run(changes.name, id);
    if (changes.role !== undefined) this.changeRole.run(changes.role, id);
  }

  async remove(id: string, at: string): Promise<void> {
    this.removeInTransaction(id, at);
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    this.changePassword.run(passwordHash, id);
  }

  async setLanguage(id: string, language: Language | null): Promise<void> {
    this.changeLanguage.run(language, id);
  }
}
