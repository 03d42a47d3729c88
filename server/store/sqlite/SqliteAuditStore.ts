import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { AuditEntryRecord, AuditFilter, NewAuditEntry } from '../records.ts';
import type { AuditStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';

interface AuditRow {
  sequence: number;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: string;
  scope_org_id: string | null;
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
  scopeOrgId: row.scope_org_id,
  previousHash: row.previous_hash,
  hash: row.hash,
});

export class SqliteAuditStore implements AuditStore {
  private readonly appendInTransaction: Transaction<(entry: NewAuditEntry) => AuditEntryRecord>;
  private readonly filtered: Statement<Record<string, unknown>, AuditRow>;
  private readonly fromSequence: Statement<[number, number], AuditRow>;
  private readonly aboutStatementsQuery: Statement<Record<string, unknown>, AuditRow>;

  constructor(database: Database, appender: AuditAppender) {
    // IMMEDIATE: the newest hash is read under the write lock, so two processes cannot chain to the same entry.
    this.appendInTransaction = database.transaction((entry: NewAuditEntry) => appender.append(entry));
    this.filtered = database.prepare(`SELECT * FROM audit_log
      WHERE (@action IS NULL OR action = @action)
        AND (@actorId IS NULL OR actor_id = @actorId)
        AND (@subjectId IS NULL OR subject_id = @subjectId)
        AND (@from IS NULL OR at >= @from)
        AND (@to IS NULL OR at < @to)
        AND (@before IS NULL OR sequence < @before)
        AND (scope_org_id IS NULL OR scope_org_id = @scopeOrgId)
      ORDER BY sequence DESC LIMIT @limit`);
    // Id and action lists as JSON arrays: one prepared statement whatever their length.
    this.aboutStatementsQuery = database.prepare(`SELECT * FROM audit_log
      WHERE subject_type = 'statement'
        AND subject_id IN (SELECT value FROM json_each(@ids))
        AND action IN (SELECT value FROM json_each(@actions))
        AND (scope_org_id IS NULL OR scope_org_id = @scopeOrgId)
      ORDER BY sequence DESC LIMIT @limit`);
    this.fromSequence = database.prepare('SELECT * FROM audit_log WHERE sequence > ? ORDER BY sequence LIMIT ?');
  }

  async append(entry: NewAuditEntry): Promise<AuditEntryRecord> {
    return this.appendInTransaction.immediate(entry);
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
        scopeOrgId: filter.scopeOrgId ?? null,
      })
      .map(toEntry);
  }

  async aboutStatements(statementIds: readonly string[], actions: readonly string[], scopeOrgId: string | null, limit: number): Promise<AuditEntryRecord[]> {
    if (statementIds.length === 0 || actions.length === 0) return [];
    return this.aboutStatementsQuery.all({ ids: JSON.stringify(statementIds), actions: JSON.stringify(actions), scopeOrgId, limit }).map(toEntry);
  }

  async scan(afterSequence: number, limit: number): Promise<AuditEntryRecord[]> {
    return this.fromSequence.all(afterSequence, limit).map(toEntry);
  }
}
