import type { DocumentUpdateEntry } from '../records.ts';
import { TextFrozenError } from '../TextFrozenError.ts';
import { appendDocumentUpdate } from './appendDocumentUpdate.ts';
import type { PgQueryable } from './PgDatabase.ts';

/**
 * PostgreSQL's twin of sqlite/textChangeInserter: stores a server command's change to a
 * statement's text inside the command's transaction, only while the statement is being drafted.
 * The stage is read FOR SHARE, so a freeze (which locks the row to move it) either committed first
 * and the command rolls back with TextFrozenError, or waits until this command has committed.
 */
export async function insertTextChange(tx: PgQueryable, entry: DocumentUpdateEntry): Promise<number> {
  const [row] = await tx.query<{ stage: string }>('SELECT stage FROM statements WHERE id = $1 FOR SHARE', [entry.statementId]);
  if (row?.stage !== 'drafting') throw new TextFrozenError(entry.statementId);
  return appendDocumentUpdate(tx, entry.statementId, entry.update);
}
