import type { NewAuditEntry, VersionRecord } from '../records.ts';
import type { VersionStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { insertNextVersion } from './insertNextVersion.ts';

interface VersionRow {
  statement_id: string;
  number: number;
  name: string;
  kind: VersionRecord['kind'];
  state: Buffer;
  content: string;
  hash: string;
  created_by: string;
  created_at: string;
  title: string | null;
}

export class PgVersionStore implements VersionStore {
  constructor(private readonly db: PgDatabase) {}

  async create(version: Omit<VersionRecord, 'number'>, audit?: (number: number) => NewAuditEntry): Promise<number> {
    return this.db.transaction(async (tx) => {
      const number = await insertNextVersion(tx, version);
      if (audit !== undefined) await appendAudit(tx, audit(number));
      return number;
    });
  }

  async list(statementId: string): Promise<Omit<VersionRecord, 'state' | 'content'>[]> {
    const rows = await this.db.query<Omit<VersionRow, 'state' | 'content'>>(
      'SELECT statement_id, number, name, kind, hash, created_by, created_at, title FROM statement_versions WHERE statement_id = $1 ORDER BY number DESC',
      [statementId],
    );
    return rows.map((row) => ({
      statementId: row.statement_id,
      number: row.number,
      name: row.name,
      kind: row.kind,
      hash: row.hash,
      createdBy: row.created_by,
      createdAt: row.created_at,
      title: row.title,
    }));
  }

  async find(statementId: string, number: number): Promise<VersionRecord | null> {
    const [row] = await this.db.query<VersionRow>('SELECT * FROM statement_versions WHERE statement_id = $1 AND number = $2', [statementId, number]);
    return row
      ? {
          statementId: row.statement_id,
          number: row.number,
          name: row.name,
          kind: row.kind,
          state: new Uint8Array(row.state),
          content: row.content,
          hash: row.hash,
          createdBy: row.created_by,
          createdAt: row.created_at,
          title: row.title,
        }
      : null;
  }
}
