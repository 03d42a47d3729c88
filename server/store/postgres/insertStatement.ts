import type { StatementRecord } from '../records.ts';
import type { PgQueryable } from './PgDatabase.ts';

/** Inserts a new statement's row inside the caller's transaction (its first document update is the caller's). */
export async function insertStatement(tx: PgQueryable, statement: StatementRecord): Promise<void> {
  await tx.query(
    `INSERT INTO statements (id, slug, title, stage, fork_of, owner_org_id, shared, sign_on_deadline, who_may_sign, open_after_publication,
       final_version, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      statement.id,
      statement.slug,
      statement.title,
      statement.stage,
      statement.forkOf,
      statement.ownerOrgId,
      statement.shared,
      statement.signOnDeadline,
      statement.whoMaySign,
      statement.openAfterPublication,
      statement.finalVersion,
      statement.createdBy,
      statement.createdAt,
      statement.updatedAt,
    ],
  );
}
