import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { InvitationRecord, UserRecord } from '../records.ts';
import type { InvitationStore } from '../Store.ts';

interface InvitationRow {
  token_hash: string;
  email: string;
  org_id: string | null;
  role: InvitationRecord['role'];
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export class SqliteInvitationStore implements InvitationStore {
  private readonly insert: Statement;
  private readonly byTokenHash: Statement<[string], InvitationRow>;
  private readonly acceptInTransaction: Transaction<(tokenHash: string, user: UserRecord, at: string) => boolean>;

  constructor(database: Database) {
    this.insert = database.prepare(`INSERT INTO invitations
      (token_hash, email, org_id, role, created_by, created_at, expires_at, accepted_at)
      VALUES (@tokenHash, @email, @orgId, @role, @createdBy, @createdAt, @expiresAt, @acceptedAt)`);
    this.byTokenHash = database.prepare('SELECT * FROM invitations WHERE token_hash = ?');
    const markAccepted = database.prepare(
      'UPDATE invitations SET accepted_at = ? WHERE token_hash = ? AND accepted_at IS NULL',
    );
    const insertUser = database.prepare(`INSERT INTO users (id, email, name, password_hash, role, org_id, created_at)
      VALUES (@id, @email, @name, @passwordHash, @role, @orgId, @createdAt)`);
    this.acceptInTransaction = database.transaction((tokenHash: string, user: UserRecord, at: string) => {
      if (markAccepted.run(at, tokenHash).changes !== 1) return false;
      insertUser.run(user);
      return true;
    });
  }

  async create(invitation: InvitationRecord): Promise<void> {
    this.insert.run(invitation);
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    const row = this.byTokenHash.get(tokenHash);
    if (!row) return null;
    return {
      tokenHash: row.token_hash,
      email: row.email,
      orgId: row.org_id,
      role: row.role,
      createdBy: row.created_by,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      acceptedAt: row.accepted_at,
    };
  }

  async accept(tokenHash: string, user: UserRecord, at: string): Promise<boolean> {
    return this.acceptInTransaction(tokenHash, user, at);
  }
}
