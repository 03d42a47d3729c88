import type { InvitationRecord } from '../records.ts';

/** An invitation row as both stores read it, and the record made from it. */
export interface InvitationRow {
  id: string;
  token_hash: string;
  email: string;
  org_id: string | null;
  role: InvitationRecord['role'];
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export function toInvitationRecord(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    email: row.email,
    orgId: row.org_id,
    role: row.role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}
