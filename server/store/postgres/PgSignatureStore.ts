import type { DeclineRecord, NewAuditEntry, SignatureRecord } from '../records.ts';
import type { SignatureStore, SignOnOutcome } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase, PgQueryable } from './PgDatabase.ts';
import { type SignatureRow, toSignature } from '../rows/signatureRows.ts';

interface DeclineRow {
  statement_id: string;
  org_id: string;
  version_number: number;
  reason: string | null;
  declined_by: string;
  declined_at: string;
}

/** The partial unique index turns a second signature of the same version into a no-op, atomically; true when inserted. */
async function insertSignature(queryable: PgQueryable, signature: SignatureRecord): Promise<boolean> {
  const inserted = await queryable.query(
    `INSERT INTO signatures (statement_id, org_id, version_number, hash, as_category, signed_by, signed_at, withdrawn_by, withdrawn_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL)
     ON CONFLICT (statement_id, org_id, version_number) WHERE withdrawn_at IS NULL DO NOTHING RETURNING id`,
    [signature.statementId, signature.orgId, signature.versionNumber, signature.hash, signature.asCategory, signature.signedBy, signature.signedAt],
  );
  return inserted.length === 1;
}

async function withdrawSignature(queryable: PgQueryable, statementId: string, orgId: string, versionNumber: number, by: string, at: string): Promise<boolean> {
  const withdrawn = await queryable.query(
    `UPDATE signatures SET withdrawn_by = $4, withdrawn_at = $5
     WHERE statement_id = $1 AND org_id = $2 AND version_number = $3 AND withdrawn_at IS NULL RETURNING id`,
    [statementId, orgId, versionNumber, by, at],
  );
  return withdrawn.length === 1;
}

/**
 * Whether the version is still the one being signed. Read FOR SHARE: a reopen (which updates the
 * row) committed first is seen, and one not yet begun waits until this command has committed.
 */
async function isCurrent(tx: PgQueryable, statementId: string, versionNumber: number): Promise<boolean> {
  const rows = await tx.query(`SELECT id FROM statements WHERE id = $1 AND final_version = $2 AND stage IN ('sign-on', 'published') FOR SHARE`, [
    statementId,
    versionNumber,
  ]);
  return rows.length === 1;
}

export class PgSignatureStore implements SignatureStore {
  constructor(private readonly db: PgDatabase) {}

  async recordSignature(signature: SignatureRecord, audit: NewAuditEntry): Promise<SignOnOutcome> {
    return this.db.transaction(async (tx): Promise<SignOnOutcome> => {
      if (!(await isCurrent(tx, signature.statementId, signature.versionNumber))) return 'closed';
      if (!(await insertSignature(tx, signature))) return 'unchanged';
      await tx.query('DELETE FROM signon_declines WHERE statement_id = $1 AND org_id = $2 AND version_number = $3', [
        signature.statementId,
        signature.orgId,
        signature.versionNumber,
      ]);
      await appendAudit(tx, audit);
      return 'done';
    });
  }

  async recordWithdrawal(statementId: string, orgId: string, versionNumber: number, by: string, at: string, audit: NewAuditEntry): Promise<SignOnOutcome> {
    return this.db.transaction(async (tx): Promise<SignOnOutcome> => {
      if (!(await withdrawSignature(tx, statementId, orgId, versionNumber, by, at))) return 'unchanged';
      await appendAudit(tx, audit);
      return 'done';
    });
  }

  async recordDecline(decline: DeclineRecord, audit: NewAuditEntry, withdrawalAudit: NewAuditEntry): Promise<SignOnOutcome> {
    const { statementId, orgId, versionNumber } = decline;
    return this.db.transaction(async (tx): Promise<SignOnOutcome> => {
      if (!(await isCurrent(tx, statementId, versionNumber))) return 'closed';
      // Declining after signing withdraws the signature first, as for any withdrawal.
      if (await withdrawSignature(tx, statementId, orgId, versionNumber, decline.declinedBy, decline.declinedAt)) await appendAudit(tx, withdrawalAudit);
      await tx.query(
        `INSERT INTO signon_declines (statement_id, org_id, version_number, reason, declined_by, declined_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (statement_id, org_id, version_number) DO UPDATE SET reason = excluded.reason,
           declined_by = excluded.declined_by, declined_at = excluded.declined_at`,
        [statementId, orgId, versionNumber, decline.reason, decline.declinedBy, decline.declinedAt],
      );
      await appendAudit(tx, audit);
      return 'done';
    });
  }

  async declines(statementId: string): Promise<DeclineRecord[]> {
    const rows = await this.db.query<DeclineRow>('SELECT * FROM signon_declines WHERE statement_id = $1 ORDER BY declined_at COLLATE "C"', [statementId]);
    return rows.map((row) => ({
      statementId: row.statement_id,
      orgId: row.org_id,
      versionNumber: row.version_number,
      reason: row.reason,
      declinedBy: row.declined_by,
      declinedAt: row.declined_at,
    }));
  }

  async sign(signature: SignatureRecord): Promise<boolean> {
    return insertSignature(this.db, signature);
  }

  async withdraw(statementId: string, orgId: string, versionNumber: number, by: string, at: string): Promise<boolean> {
    return withdrawSignature(this.db, statementId, orgId, versionNumber, by, at);
  }

  async active(statementId: string): Promise<SignatureRecord[]> {
    const rows = await this.db.query<SignatureRow>('SELECT * FROM signatures WHERE statement_id = $1 AND withdrawn_at IS NULL ORDER BY id', [statementId]);
    return rows.map(toSignature);
  }

  async all(statementId: string): Promise<SignatureRecord[]> {
    return (await this.db.query<SignatureRow>('SELECT * FROM signatures WHERE statement_id = $1 ORDER BY id', [statementId])).map(toSignature);
  }
}
