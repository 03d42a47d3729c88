import type { AuditEntryRecord, AuditFilter, NewAuditEntry } from '../records.ts';
import type { AuditStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface AuditRow {
  sequence: string;
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
  sequence: Number(row.sequence),
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

export class PgAuditStore implements AuditStore {
  constructor(private readonly db: PgDatabase) {}

  async append(entry: NewAuditEntry): Promise<AuditEntryRecord> {
    return this.db.transaction((tx) => appendAudit(tx, entry));
  }

  async find(filter: AuditFilter): Promise<AuditEntryRecord[]> {
    // Dates compared byte by byte, as SQLite compares text, whatever the database's collation.
    const rows = await this.db.query<AuditRow>(
      `SELECT * FROM audit_log
       WHERE ($1::text IS NULL OR action = $1)
         AND ($2::text IS NULL OR actor_id = $2)
         AND ($3::text IS NULL OR subject_id = $3)
         AND ($4::text IS NULL OR at COLLATE "C" >= $4)
         AND ($5::text IS NULL OR at COLLATE "C" < $5)
         AND ($6::bigint IS NULL OR sequence < $6)
         AND (scope_org_id IS NULL OR scope_org_id = $7::text)
       ORDER BY sequence DESC LIMIT $8`,
      [
        filter.action ?? null,
        filter.actorId ?? null,
        filter.subjectId ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.before ?? null,
        filter.scopeOrgId ?? null,
        filter.limit,
      ],
    );
    return rows.map(toEntry);
  }

  async aboutStatements(statementIds: readonly string[], actions: readonly string[], scopeOrgId: string | null, limit: number): Promise<AuditEntryRecord[]> {
    if (statementIds.length === 0 || actions.length === 0) return [];
    const rows = await this.db.query<AuditRow>(
      `SELECT * FROM audit_log
       WHERE subject_type = 'statement'
         AND subject_id = ANY($1::text[])
         AND action = ANY($2::text[])
         AND (scope_org_id IS NULL OR scope_org_id = $3::text)
       ORDER BY sequence DESC LIMIT $4`,
      [statementIds, actions, scopeOrgId, limit],
    );
    return rows.map(toEntry);
  }

  async scan(afterSequence: number, limit: number): Promise<AuditEntryRecord[]> {
    const rows = await this.db.query<AuditRow>('SELECT * FROM audit_log WHERE sequence > $1 ORDER BY sequence LIMIT $2', [afterSequence, limit]);
    return rows.map(toEntry);
  }
}
