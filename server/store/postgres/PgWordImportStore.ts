import { TextFrozenError } from '../TextFrozenError.ts';
import type { ImportedReplacement, ImportedStatement, NewThreads, WordImportStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase, PgQueryable } from './PgDatabase.ts';
import { appendDocumentUpdate } from './appendDocumentUpdate.ts';
import { insertComment } from './insertComment.ts';
import { insertNextVersion } from './insertNextVersion.ts';
import { insertStatement } from './insertStatement.ts';
import { insertTextChange } from './insertTextChange.ts';
import { insertThreads } from './insertThreads.ts';

async function storeThreads(tx: PgQueryable, { threads, replies }: NewThreads): Promise<void> {
  await insertThreads(tx, threads);
  for (const reply of replies) await insertComment(tx, reply);
}

export class PgWordImportStore implements WordImportStore {
  constructor(private readonly db: PgDatabase) {}

  async createStatement(imported: ImportedStatement): Promise<void> {
    await this.db.transaction(async (tx) => {
      await insertStatement(tx, imported.statement);
      await appendDocumentUpdate(tx, imported.statement.id, imported.initialUpdate);
      await storeThreads(tx, imported);
      for (const entry of imported.audit) await appendAudit(tx, entry);
    });
  }

  async replaceText(replacement: ImportedReplacement): Promise<{ version: number; sequence: number | null }> {
    return this.db.transaction(async (tx) => {
      const { statementId } = replacement.version;
      // Without a change to the text (the file's text is the text already there), still only while drafting.
      if (replacement.update === null) {
        const [row] = await tx.query<{ stage: string }>('SELECT stage FROM statements WHERE id = $1 FOR SHARE', [statementId]);
        if (row?.stage !== 'drafting') throw new TextFrozenError(statementId);
      }
      const version = await insertNextVersion(tx, replacement.version);
      const sequence = replacement.update === null ? null : await insertTextChange(tx, replacement.update);
      await storeThreads(tx, replacement);
      for (const entry of replacement.audit(version)) await appendAudit(tx, entry);
      return { version, sequence };
    });
  }
}
