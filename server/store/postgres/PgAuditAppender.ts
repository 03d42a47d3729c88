import { GENESIS_HASH, hashAuditEntry } from '../../audit/auditChain.ts';
import type { AuditEntryRecord, NewAuditEntry } from '../records.ts';
import type { PgQueryable } from './PgDatabase.ts';

/** Any constant: the key of the advisory lock that orders the audit chain. */
const AUDIT_CHAIN_LOCK = 7_311_844;

interface AuditHeadRow {
  sequence: string;
  hash: string;
}

/**
 * Appends audit entries to the hash chain inside the caller's transaction (see the SQLite
 * AuditAppender). Concurrent transactions would read the same head and fork the chain, so each
 * takes a transaction-scoped advisory lock first: appends are serialised until commit, and a
 * rolled-back command releases the lock with nothing appended.
 */
export async function appendAudit(tx: PgQueryable, entry: NewAuditEntry): Promise<AuditEntryRecord> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [previous] = await tx.query<AuditHeadRow>('SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1');
  const sequence = (previous === undefined ? 0 : Number(previous.sequence)) + 1;
  const previousHash = previous?.hash ?? GENESIS_HASH;
  const record: AuditEntryRecord = { ...entry, sequence, previousHash, hash: hashAuditEntry(previousHash, sequence, entry) };
  await tx.query(
    `INSERT INTO audit_log (sequence, at, actor_id, actor_email, action, subject_type, subject_id, details, scope_org_id, previous_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      record.sequence,
      record.at,
      record.actorId,
      record.actorEmail,
      record.action,
      record.subjectType,
      record.subjectId,
      JSON.stringify(record.details),
      record.scopeOrgId,
      record.previousHash,
      record.hash,
    ],
  );
  return record;
}
