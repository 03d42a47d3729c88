import type { SignatureRecord } from '../records.ts';

/** A signature row as both stores read it, and the record made from it. */
export interface SignatureRow {
  statement_id: string;
  org_id: string;
  version_number: number;
  hash: string;
  as_category: SignatureRecord['asCategory'];
  signed_by: string;
  signed_at: string;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
}

export const toSignature = (row: SignatureRow): SignatureRecord => ({
  statementId: row.statement_id,
  orgId: row.org_id,
  versionNumber: row.version_number,
  hash: row.hash,
  asCategory: row.as_category,
  signedBy: row.signed_by,
  signedAt: row.signed_at,
  withdrawnBy: row.withdrawn_by,
  withdrawnAt: row.withdrawn_at,
});
