import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { DeclineRecord, NewAuditEntry, PublicationRecord, SignatureRecord } from '../records.ts';
import type { PublicationStore, SignatureStore, SignOnOutcome } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { type SignatureRow, toSignature } from '../rows/signatureRows.ts';

interface DeclineRow {
  statement_id: string;
  org_id: string;
  version_number: number;
  reason: string | null;
  declined_by: string;
  declined_at: string;
}

const toDecline = (row: DeclineRow): DeclineRecord => ({
  statementId: row.statement_id,
  orgId: row.org_id,
  versionNumber: row.version_number,
  reason: row.reason,
  declinedBy: row.declined_by,
  declinedAt: row.declined_at,
});

export class SqliteSignatureStore implements SignatureStore {
  private readonly insert: Statement<Record<string, unknown>>;
  private readonly withdrawStatement: Statement<Record<string, unknown>>;
  private readonly activeOf: Statement<[string], SignatureRow>;
  private readonly allOf: Statement<[string], SignatureRow>;
  private readonly declinesOf: Statement<[string], DeclineRow>;
  private readonly signInTransaction: Transaction<(signature: SignatureRecord, audit: NewAuditEntry) => SignOnOutcome>;
  private readonly withdrawInTransaction: Transaction<
    (statementId: string, orgId: string, versionNumber: number, by: string, at: string, audit: NewAuditEntry) => SignOnOutcome
  >;
  private readonly declineInTransaction: Transaction<(decline: DeclineRecord, audit: NewAuditEntry, withdrawalAudit: NewAuditEntry) => SignOnOutcome>;

  constructor(database: Database, auditAppender: AuditAppender) {
    // The partial unique index turns a second signature of the same version into a no-op, atomically.
    this.insert = database.prepare(`INSERT INTO signatures
      (statement_id, org_id, version_number, hash, as_category, signed_by, signed_at, withdrawn_by, withdrawn_at)
      VALUES (@statementId, @orgId, @versionNumber, @hash, @asCategory, @signedBy, @signedAt, NULL, NULL)
      ON CONFLICT (statement_id, org_id, version_number) WHERE withdrawn_at IS NULL DO NOTHING`);
    this.withdrawStatement = database.prepare(`UPDATE signatures SET withdrawn_by = @by, withdrawn_at = @at
      WHERE statement_id = @statementId AND org_id = @orgId AND version_number = @versionNumber AND withdrawn_at IS NULL`);
    this.activeOf = database.prepare('SELECT * FROM signatures WHERE statement_id = ? AND withdrawn_at IS NULL ORDER BY id');
    this.allOf = database.prepare('SELECT * FROM signatures WHERE statement_id = ? ORDER BY id');
    this.declinesOf = database.prepare('SELECT * FROM signon_declines WHERE statement_id = ? ORDER BY declined_at');

    // Each command checks, inside its own transaction, that the version is still the one being
    // signed: a reopen committed just before cannot be overtaken by a signature of the old text.
    const current = database.prepare<[string, number], { id: string }>(`SELECT id FROM statements
      WHERE id = ? AND final_version = ? AND stage IN ('sign-on', 'published')`);
    const forgetDecline = database.prepare('DELETE FROM signon_declines WHERE statement_id = ? AND org_id = ? AND version_number = ?');
    const upsertDecline = database.prepare(`INSERT INTO signon_declines (statement_id, org_id, version_number, reason, declined_by, declined_at)
      VALUES (@statementId, @orgId, @versionNumber, @reason, @declinedBy, @declinedAt)
      ON CONFLICT (statement_id, org_id, version_number) DO UPDATE SET reason = excluded.reason,
        declined_by = excluded.declined_by, declined_at = excluded.declined_at`);
    this.signInTransaction = database.transaction((signature: SignatureRecord, audit: NewAuditEntry): SignOnOutcome => {
      if (current.get(signature.statementId, signature.versionNumber) === undefined) return 'closed';
      if (this.insert.run({ ...signature }).changes !== 1) return 'unchanged';
      forgetDecline.run(signature.statementId, signature.orgId, signature.versionNumber);
      auditAppender.append(audit);
      return 'done';
    });
    this.withdrawInTransaction = database.transaction(
      (statementId: string, orgId: string, versionNumber: number, by: string, at: string, audit: NewAuditEntry): SignOnOutcome => {
        if (this.withdrawStatement.run({ statementId, orgId, versionNumber, by, at }).changes !== 1) return 'unchanged';
        auditAppender.append(audit);
        return 'done';
      },
    );
    this.declineInTransaction = database.transaction((decline: DeclineRecord, audit: NewAuditEntry, withdrawalAudit: NewAuditEntry): SignOnOutcome => {
      const { statementId, orgId, versionNumber } = decline;
      if (current.get(statementId, versionNumber) === undefined) return 'closed';
      // Declining after signing withdraws the signature first: the public page then lists the
      // organisation under "Withdrawn signatures", as for any withdrawal.
      if (this.withdrawStatement.run({ statementId, orgId, versionNumber, by: decline.declinedBy, at: decline.declinedAt }).changes === 1) {
        auditAppender.append(withdrawalAudit);
      }
      upsertDecline.run({ ...decline });
      auditAppender.append(audit);
      return 'done';
    });
  }

  async recordSignature(signature: SignatureRecord, audit: NewAuditEntry): Promise<SignOnOutcome> {
    return this.signInTransaction.immediate(signature, audit);
  }

  async recordWithdrawal(statementId: string, orgId: string, versionNumber: number, by: string, at: string, audit: NewAuditEntry): Promise<SignOnOutcome> {
    return this.withdrawInTransaction.immediate(statementId, orgId, versionNumber, by, at, audit);
  }

  async recordDecline(decline: DeclineRecord, audit: NewAuditEntry, withdrawalAudit: NewAuditEntry): Promise<SignOnOutcome> {
    return this.declineInTransaction.immediate(decline, audit, withdrawalAudit);
  }

  async declines(statementId: string): Promise<DeclineRecord[]> {
    return this.declinesOf.all(statementId).map(toDecline);
  }

  async sign(signature: SignatureRecord): Promise<boolean> {
    return this.insert.run({ ...signature }).changes === 1;
  }

  async withdraw(statementId: string, orgId: string, versionNumber: number, by: string, at: string): Promise<boolean> {
    return this.withdrawStatement.run({ statementId, orgId, versionNumber, by, at }).changes === 1;
  }

  async active(statementId: string): Promise<SignatureRecord[]> {
    return this.activeOf.all(statementId).map(toSignature);
  }

  async all(statementId: string): Promise<SignatureRecord[]> {
    return this.allOf.all(statementId).map(toSignature);
  }
}

interface PublicationRow {
  statement_id: string;
  version_number: number;
  published_by: string;
  published_at: string;
  withdrawn_at: string | null;
}

const toPublication = (row: PublicationRow): PublicationRecord => ({
  statementId: row.statement_id,
  versionNumber: row.version_number,
  publishedBy: row.published_by,
  publishedAt: row.published_at,
  withdrawnAt: row.withdrawn_at,
});

export class SqlitePublicationStore implements PublicationStore {
  private readonly insert: Statement<Record<string, unknown>>;
  private readonly ofStatement: Statement<[string], PublicationRow>;
  private readonly newest: Statement<[], PublicationRow>;
  private readonly withdrawStatement: Statement<[string, string]>;

  constructor(database: Database) {
    this.insert = database.prepare(`INSERT INTO publications (statement_id, version_number, published_by, published_at, withdrawn_at)
      VALUES (@statementId, @versionNumber, @publishedBy, @publishedAt, NULL)
      ON CONFLICT (statement_id, version_number) DO UPDATE SET published_at = excluded.published_at, withdrawn_at = NULL`);
    this.ofStatement = database.prepare('SELECT * FROM publications WHERE statement_id = ? ORDER BY version_number DESC');
    this.newest = database.prepare(`SELECT p.* FROM publications p
      WHERE p.version_number = (SELECT max(q.version_number) FROM publications q WHERE q.statement_id = p.statement_id)
      ORDER BY p.published_at DESC`);
    this.withdrawStatement = database.prepare('UPDATE publications SET withdrawn_at = ? WHERE statement_id = ? AND withdrawn_at IS NULL');
  }

  async publish(publication: PublicationRecord): Promise<void> {
    this.insert.run({ ...publication });
  }

  async list(statementId: string): Promise<PublicationRecord[]> {
    return this.ofStatement.all(statementId).map(toPublication);
  }

  async latest(): Promise<PublicationRecord[]> {
    return this.newest.all().map(toPublication);
  }

  async markWithdrawn(statementId: string, at: string): Promise<void> {
    this.withdrawStatement.run(at, statementId);
  }
}
