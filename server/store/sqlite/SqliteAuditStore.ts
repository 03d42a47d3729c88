import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { AuditEntryRecord, AuditFilter, NewAuditEntry } from '../records.ts';
import type { AuditStore } from '../Store.ts';

interface AuditRow {
  sequence: number;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: string;
  previous_hash: string;
  hash: string;
}

const toEntry = (row: AuditRow): AuditEntryRecord => ({
  sequence: row.sequence,
  at: row.at,
  actorId: row.actor_id,
  actorEmail: row.actor_email,
  action: row.action,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  details: JSON.parse(row.details) as Record<string, unknown>,
  previousHash: row.previous_hash,
  hash: row.hash,
});

/** The hash the first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);

export class SqliteAuditStore implements AuditStore {
  private readonly appendInTransaction: Transaction<(entry: NewAuditEntry, hashOf: (previousHash: string, sequence: number) => string) => AuditEntryRecord>;
  private readonly filtered: Statement<Record<string, unknown>, AuditRow>;
  private readonly fromSequence: Statement<[number, number], AuditRow>;

  constructor(database: Database) {
    const newest = database.prepare<[], { sequence: number; hash: string }>('SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1');
    const insert = database.prepare(`INSERT INTO audit_log
      (sequence, at, actor_id, actor_email, action, subject_type, subject_id, details, previous_hash, hash)
      VALUES (@sequence, @at, @actorId, @actorEmail, @action, @subjectType, @subjectId, @details, @previousHash, @hash)`);
    // IMMEDIATE: the newest hash is read under the write lock, so two processes cannot chain to the same entry.
    this.appendInTransaction = database.transaction((entry: NewAuditEntry, hashOf: (previousHash: string, sequence: number) => string) => {
      const previous = newest.get();
      const record: AuditEntryRecord = {
        ...entry,
        sequence: (previous?.sequence ?? 0) + 1,
        previousHash: previous?.hash ?? GENESIS_HASH,
        hash: '',
      };
      record.hash = hashOf(record.previousHash, record.sequence);
      insert.run({ ...record, details: JSON.stringify(record.details) });
      return record;
    });
    this.filtered = database.prepare(`SELECT * FROM audit_log
      WHERE (@action IS NULL OR action = @action)
        AND (@actorId IS NULL OR actor_id = @actorId)
        AND (@subjectId IS NULL OR subject_id = @subjectId)
        AND (@from IS NULL OR at >= @from)
        AND (@to IS NULL OR at < @to)
        AND (@before IS NULL OR sequence < @before)
      ORDER BY sequence DESC LIMIT @limit`);
    this.fromSequence = database.prepare('SELECT * FROM audit_log WHERE sequence > ? ORDER BY sequence LIMIT ?');
  }

  async append(entry: NewAuditEntry, hashOf: (previousHash: string, sequence: number) => string): Promise<AuditEntryRecord> {
    return this.appendInTransaction.immediate(entry, hashOf);
  }

  async find(filter: AuditFilter): Promise<AuditEntryRecord[]> {
    return this.filtered
      .all({
        action: filter.action ?? null,
        actorId: filter.actorId ?? null,
        subjectId: filter.subjectId ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        before: filter.before ?? null,
        limit: filter.limit,
      })
      .map(toEntry);
  }

  async scan(afterSequence: number, limit: number): Promise<AuditEntryRecord[]> {
    return this.fromSequence.all(afterSequence, limit).map(toEntry);
  }
}
