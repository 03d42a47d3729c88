import type { Database } from 'better-sqlite3';
import type { StatementRecord } from '../records.ts';

/**
 * Inserts a new statement's row and its document's first update inside the caller's transaction
 * (a statement created, forked or imported).
 */
export function statementInserter(database: Database): (statement: StatementRecord, firstUpdate: Uint8Array) => void {
  const insert = database.prepare(`INSERT INTO statements
    (id, slug, title, stage, fork_of, owner_org_id, shared, sign_on_deadline, who_may_sign, open_after_publication,
     final_version, created_by, created_at, updated_at)
    VALUES (@id, @slug, @title, @stage, @forkOf, @ownerOrgId, @shared, @signOnDeadline, @whoMaySign, @openAfterPublication,
     @finalVersion, @createdBy, @createdAt, @updatedAt)`);
  const insertUpdate = database.prepare('INSERT INTO document_updates (statement_id, data) VALUES (?, ?)');
  return (statement, firstUpdate) => {
    insert.run({ ...statement, shared: statement.shared ? 1 : 0, openAfterPublication: statement.openAfterPublication ? 1 : 0 });
    insertUpdate.run(statement.id, firstUpdate);
  };
}
