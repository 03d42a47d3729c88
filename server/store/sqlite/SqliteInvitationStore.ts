import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { InvitationRecord, NewAuditEntry, UserRecord } from '../records.ts';
import type { InvitationStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { INSERT_USER } from './SqliteUserStore.ts';
import { type InvitationRow, toInvitationRecord } from '../rows/invitationRows.ts';

export class SqliteInvitationStore implements InvitationStore {
  private readonly createInTransaction: Transaction<(invitation: InvitationRecord, audit: NewAuditEntry) => void>;
  private readonly byTokenHash: Statement<[string], InvitationRow>;
  private readonly byId: Statement<[string], InvitationRow>;
  private readonly ofOrganisation: Statement<[string], InvitationRow>;
  private readonly ofSecretariat: Statement<[], InvitationRow>;
  private readonly all: Statement<[], InvitationRow>;
  private readonly revokeInTransaction: Transaction<(id: string, revokedBy: string, at: string, audit: NewAuditEntry) => boolean>;
  private readonly acceptInTransaction: Transaction<
    (tokenHash: string, user: UserRecord, at: string, audit: (userId: string) => NewAuditEntry) => string | null
  >;

  constructor(database: Database, appender: AuditAppender) {
    const insert = database.prepare(`INSERT INTO invitations
      (id, token_hash, email, org_id, role, created_by, created_at, expires_at, accepted_at, revoked_at, revoked_by)
      VALUES (@id, @tokenHash, @email, @orgId, @role, @createdBy, @createdAt, @expiresAt, @acceptedAt, @revokedAt, @revokedBy)`);
    this.createInTransaction = database.transaction((invitation: InvitationRecord, audit: NewAuditEntry) => {
      insert.run(invitation);
      appender.append(audit);
    });
    this.byTokenHash = database.prepare('SELECT * FROM invitations WHERE token_hash = ?');
    this.byId = database.prepare('SELECT * FROM invitations WHERE id = ?');
    this.ofOrganisation = database.prepare('SELECT * FROM invitations WHERE org_id = ? ORDER BY created_at DESC');
    this.ofSecretariat = database.prepare('SELECT * FROM invitations WHERE org_id IS NULL ORDER BY created_at DESC');
    this.all = database.prepare('SELECT * FROM invitations ORDER BY created_at DESC');
    const revokeStatement = database.prepare<[string, string, string]>(
      'UPDATE invitations SET revoked_at = ?, revoked_by = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL',
    );
    this.revokeInTransaction = database.transaction((id: string, revokedBy: string, at: string, audit: NewAuditEntry) => {
      if (revokeStatement.run(at, revokedBy, id).changes !== 1) return false;
      appender.append(audit);
      return true;
    });
    const markAccepted = database.prepare('UPDATE invitations SET accepted_at = ? WHERE token_hash = ? AND accepted_at IS NULL AND revoked_at IS NULL');
    const insertUser = database.prepare(INSERT_USER);
    const removedWithEmail = database.prepare<[string], { id: string }>('SELECT id FROM users WHERE email = ? AND removed_at IS NOT NULL');
    const restoreUser = database.prepare(`UPDATE users SET name = @name, password_hash = @passwordHash, role = @role,
      org_id = @orgId, removed_at = NULL WHERE id = @id`);
    this.acceptInTransaction = database.transaction((tokenHash: string, user: UserRecord, at: string, audit: (userId: string) => NewAuditEntry) => {
      if (markAccepted.run(at, tokenHash).changes !== 1) return null;
      // Someone the secretariat removed earlier and now invites again keeps their history.
      const removed = removedWithEmail.get(user.email);
      if (removed) restoreUser.run({ ...user, id: removed.id });
      else insertUser.run(user);
      const userId = removed?.id ?? user.id;
      appender.append(audit(userId));
      return userId;
    });
  }

  async create(invitation: InvitationRecord, audit: NewAuditEntry): Promise<void> {
    this.createInTransaction.immediate(invitation, audit);
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    const row = this.byTokenHash.get(tokenHash);
    return row ? toInvitationRecord(row) : null;
  }

  async findById(id: string): Promise<InvitationRecord | null> {
    const row = this.byId.get(id);
    return row ? toInvitationRecord(row) : null;
  }

  async list(filter: { orgId?: string | null }): Promise<InvitationRecord[]> {
    const rows = filter.orgId === undefined ? this.all.all() : filter.orgId === null ? this.ofSecretariat.all() : this.ofOrganisation.all(filter.orgId);
    return rows.map(toInvitationRecord);
  }

  async revoke(id: string, revokedBy: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.revokeInTransaction.immediate(id, revokedBy, at, audit);
  }

  async accept(tokenHash: string, user: UserRecord, at: string, audit: (userId: string) => NewAuditEntry): Promise<string | null> {
    return this.acceptInTransaction.immediate(tokenHash, user, at, audit);
  }
}
