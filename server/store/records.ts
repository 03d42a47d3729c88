import type { OrganisationCategory, StatementStage } from '../../shared/api/types.ts';
import type { AccountRole } from '../../shared/permissions/roles.ts';

/** Rows as the store hands them out; every store implementation returns exactly these shapes. */

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: AccountRole;
  orgId: string | null;
  createdAt: string;
}

export interface SessionRecord {
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: string;
  category: OrganisationCategory;
  country: string;
  createdAt: string;
}

export interface InvitationRecord {
  tokenHash: string;
  email: string;
  orgId: string | null;
  role: AccountRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface StatementRecord {
  id: string;
  slug: string;
  title: string;
  stage: StatementStage;
  forkOf: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A document as stored: its compacted snapshot plus the updates appended after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update read; compaction deletes up to it. */
  lastSequence: number;
}

/** One accepted update of one document, waiting to be appended. */
export interface DocumentUpdateEntry {
  statementId: string;
  update: Uint8Array;
}
