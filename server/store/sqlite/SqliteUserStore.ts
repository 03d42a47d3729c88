import type { Database, Statement } from 'better-sqlite3';
import type { UserRecord } from '../records.ts';
import type { UserStore } from '../Store.ts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: UserRecord['role'];
  org_id: string | null;
  created_at: string;
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
  };
}

export class SqliteUserStore implements UserStore {
  private readonly insert: Statement;
  private readonly byId: Statement<[string], UserRow>;
  private readonly byEmail: Statement<[string], UserRow>;
  private readonly counter: Statement<[], { count: number }>;
  private readonly all: Statement<[], UserRow>;

  constructor(database: Database) {
    this.insert = database.prepare(`INSERT INTO users (id, email, name, password_hash, role, org_id, created_at)
      VALUES (@id, @email, @name, @passwordHash, @role, @orgId, @createdAt)`);
    this.byId = database.prepare('SELECT * FROM users WHERE id = ?');
    this.byEmail = database.prepare('SELECT * FROM users WHERE email = ?');
    this.counter = database.prepare('SELECT count(*) AS count FROM users');
    this.all = database.prepare('SELECT * FROM users ORDER BY name COLLATE NOCASE');
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
}
