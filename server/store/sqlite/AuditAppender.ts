import type { Database, Statement } from 'better-sqlite3';
import { GENESIS_HASH, hashAuditEntry } from '../../audit/auditChain.ts';
import type { AuditEntryRecord, NewAuditEntry } from '../records.ts';

/**
 * Appends audit entries to the hash chain *inside the caller's transaction*: a command's store
 * method writes its change and its audit entry in one transaction, so a crash or a failure between
 * the two leaves neither. Call `append` only from within a `database.transaction(...)` body
 * (better-sqlite3 nests it as a savepoint otherwise, which is still atomic with the outer one).
 */
export class AuditAppender {
  private readonly newest: Statement<[], { sequence: number; hash: string }>;
  private readonly insert: Statement;

  constructor(database: Database) {
    this.newest = database.prepare<[], { sequence: number; hash: string }>('SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1');
    this.insert = database.prepare(`INSERT INTO audit_log
      (sequence, at, actor_id, actor_email, action, subject_type, subject_id, details, scope_org_id, previous_hash, hash)
      VALUES (@sequence, @at, @actorId, @actorEmail, @action, @subjectType, @subjectId, @details, @scopeOrgId, @previousHash, @hash)`);
  }

  append(entry: NewAuditEntry): AuditEntryRecord {
    const previous = this.newest.get();
    const sequence = (previous?.sequence ?? 0) + 1;
    const previousHash = previous?.hash ?? GENESIS_HASH;
    const record: AuditEntryRecord = { ...entry, sequence, previousHash, hash: hashAuditEntry(previousHash, sequence, entry) };
    this.insert.run({ ...record, details: JSON.stringify(record.details) });
    return record;
  }
}
