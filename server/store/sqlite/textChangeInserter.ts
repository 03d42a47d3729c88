import type { Database } from 'better-sqlite3';
import type { DocumentUpdateEntry } from '../records.ts';
import { TextFrozenError } from '../TextFrozenError.ts';

/**
 * Stores a server command's change to a statement's text (an accepted suggestion, a restore, a
 * pull) inside the command's transaction, only while the statement is being drafted: its stage is
 * read in the same transaction, so a freeze that committed first makes the whole command roll back
 * (TextFrozenError) instead of changing the text after it was frozen. Returns the log sequence.
 */
export function textChangeInserter(database: Database): (entry: DocumentUpdateEntry) => number {
  const stageOf = database.prepare<[string], { stage: string }>('SELECT stage FROM statements WHERE id = ?');
  const insert = database.prepare('INSERT INTO document_updates (statement_id, data) VALUES (?, ?)');
  return (entry) => {
    if (stageOf.get(entry.statementId)?.stage !== 'drafting') throw new TextFrozenError(entry.statementId);
    return Number(insert.run(entry.statementId, entry.update).lastInsertRowid);
  };
}
