import type { Database } from 'better-sqlite3';
import type { VersionRecord } from '../records.ts';

/** Inserts a statement's next version (max + 1, read in the same transaction) inside the caller's transaction; returns its number. */
export function versionInserter(database: Database): (version: Omit<VersionRecord, 'number'>) => number {
  const insert = database.prepare<Record<string, unknown>, { number: number }>(`INSERT INTO statement_versions
    (statement_id, number, name, kind, state, content, hash, created_by, created_at, title)
    VALUES (@statementId, (SELECT coalesce(max(number), 0) + 1 FROM statement_versions WHERE statement_id = @statementId),
      @name, @kind, @state, @content, @hash, @createdBy, @createdAt, @title)
    RETURNING number`);
  return (version) => insert.get({ ...version, state: Buffer.from(version.state) })!.number;
}
