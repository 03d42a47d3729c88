import type { InvitationRecord, NewAuditEntry, UserRecord } from '../records.ts';
import type { InvitationStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { insertUser } from './PgUserStore.ts';
import { type InvitationRow, toInvitationRecord } from '../rows/invitationRows.ts';

export class PgInvitationStore implements InvitationStore {
  constructor(private readonly db: PgDatabase) {}

  async create(invitation: InvitationRecord, audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO invitations (id, token_hash, email, org_id, role, created_by, created_at, expires_at, accepted_at, revoked_at, revoked_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          invitation.id,
          invitation.tokenHash,
          invitation.email,
          invitation.orgId,
          invitation.role,
          invitation.createdBy,
          invitation.createdAt,
          invitation.expiresAt,
          invitation.acceptedAt,
          invitation.revokedAt,
          invitation.revokedBy,
        ],
      );
      await appendAudit(tx, audit);
    });
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    const [row] = await this.db.query<InvitationRow>('SELECT * FROM invitations WHERE token_hash = $1', [tokenHash]);
    return row ? toInvitationRecord(row) : null;
  }

  async findById(id: string): Promise<InvitationRecord | null> {
    const [row] = await this.db.query<InvitationRow>('SELECT * FROM invitations WHERE id = $1', [id]);
    return row ? toInvitationRecord(row) : null;
  }

  async list(filter: { orgId?: string | null }): Promise<InvitationRecord[]> {
    const rows =
      filter.orgId === undefined
        ? await this.db.query<InvitationRow>('SELECT * FROM invitations ORDER BY created_at DESC')
        : filter.orgId === null
          ? await this.db.query<InvitationRow>('SELECT * FROM invitations WHERE org_id IS NULL ORDER BY created_at DESC')
          : await this.db.query<InvitationRow>('SELECT * FROM invitations WHERE org_id = $1 ORDER BY created_at DESC', [filter.orgId]);
    return rows.map(toInvitationRecord);
  }

  async revoke(id: string, revokedBy: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const revoked = await tx.query(
        'UPDATE invitations SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id',
        [at, revokedBy, id],
      );
      if (revoked.length !== 1) return false;
      await appendAudit(tx, audit);
      return true;
    });
  }

  async accept(tokenHash: string, user: UserRecord, at: string, audit: (userId: string) => NewAuditEntry): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      // The organisation first, as its removal locks it first: the two wait for each other instead of deadlocking.
      await tx.query('SELECT 1 FROM organisations WHERE id = $1 FOR KEY SHARE', [user.orgId]);
      // Two acceptances at once: the second waits on the row, then finds it accepted (one account).
      const accepted = await tx.query(
        'UPDATE invitations SET accepted_at = $1 WHERE token_hash = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING token_hash',
        [at, tokenHash],
      );
      if (accepted.length !== 1) return null;
      // Someone the secretariat removed earlier and now invites again keeps their history. FOR UPDATE:
      // a restore under way elsewhere is waited for, so the address is restored once (then it is taken).
      const [removed] = await tx.query<{ id: string }>('SELECT id FROM users WHERE email = $1 AND removed_at IS NOT NULL FOR UPDATE', [user.email]);
      if (removed) {
        await tx.query('UPDATE users SET name = $1, password_hash = $2, role = $3, org_id = $4, removed_at = NULL WHERE id = $5', [
          user.name,
          user.passwordHash,
          user.role,
          user.orgId,
          removed.id,
        ]);
      } else {
        await insertUser(tx, user);
      }
      const userId = removed?.id ?? user.id;
      await appendAudit(tx, audit(userId));
      return userId;
    });
  }
}
