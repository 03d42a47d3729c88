import type { VersionRecord } from '../records.ts';
import type { PgQueryable } from './PgDatabase.ts';

/**
 * Inserts a statement's next version (max + 1) inside the caller's transaction; returns its
 * number. READ COMMITTED would let two transactions read the same max, so numbering is serialised
 * per statement by a transaction-scoped advisory lock.
 */
export async function insertNextVersion(tx: PgQueryable, version: Omit<VersionRecord, 'number'>): Promise<number> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('version:' || $1))", [version.statementId]);
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO statement_versions (statement_id, number, name, kind, state, content, hash, created_by, created_at, title)
     VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM statement_versions WHERE statement_id = $1), $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING number`,
    [
      version.statementId,
      version.name,
      version.kind,
      Buffer.from(version.state.buffer, version.state.byteOffset, version.state.byteLength),
      version.content,
      version.hash,
      version.createdBy,
      version.createdAt,
      version.title,
    ],
  );
  return Number(row?.number);
}
