import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { NewAuditEntry, VersionRecord } from '../records.ts';
import type { VersionStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { versionInserter } from './versionInserter.ts';

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

const toVersion = (row: VersionRow): VersionRecord => ({
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
});

export class SqliteVersionStore implements VersionStore {
  private readonly createInTransaction: Transaction<(version: Omit<VersionRecord, 'number'>, audit?: (number: number) => NewAuditEntry) => number>;
  private readonly ofStatement: Statement<[string], Omit<VersionRow, 'state' | 'content'>>;
  private readonly byNumber: Statement<[string, number], VersionRow>;

  constructor(database: Database, appender: AuditAppender) {
    const insert = versionInserter(database);
    this.createInTransaction = database.transaction((version: Omit<VersionRecord, 'number'>, audit?: (number: number) => NewAuditEntry) => {
      const number = insert(version);
      if (audit !== undefined) appender.append(audit(number));
      return number;
    });
    this.ofStatement = database.prepare(
      'SELECT statement_id, number, name, kind, hash, created_by, created_at, title FROM statement_versions WHERE statement_id = ? ORDER BY number DESC',
    );
    this.byNumber = database.prepare('SELECT * FROM statement_versions WHERE statement_id = ? AND number = ?');
  }

  async create(version: Omit<VersionRecord, 'number'>, audit?: (number: number) => NewAuditEntry): Promise<number> {
    return this.createInTransaction.immediate(version, audit);
  }

  async list(statementId: string): Promise<Omit<VersionRecord, 'state' | 'content'>[]> {
    return this.ofStatement.all(statementId).map((row) => ({
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
    const row = this.byNumber.get(statementId, number);
    return row ? toVersion(row) : null;
  }
}
