import type { Database, Transaction } from 'better-sqlite3';
import { TextFrozenError } from '../TextFrozenError.ts';
import type { ImportedReplacement, ImportedStatement, NewThreads, WordImportStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { commentInserter } from './commentInserter.ts';
import { statementInserter } from './statementInserter.ts';
import { textChangeInserter } from './textChangeInserter.ts';
import { threadInserter } from './threadInserter.ts';
import { versionInserter } from './versionInserter.ts';

export class SqliteWordImportStore implements WordImportStore {
  private readonly createInTransaction: Transaction<(imported: ImportedStatement) => void>;
  private readonly replaceInTransaction: Transaction<(replacement: ImportedReplacement) => { version: number; sequence: number | null }>;

  constructor(database: Database, appender: AuditAppender) {
    const insertStatement = statementInserter(database);
    const insertThreads = threadInserter(database);
    const insertComment = commentInserter(database);
    const insertVersion = versionInserter(database);
    const insertTextChange = textChangeInserter(database);
    const stageOf = database.prepare<[string], { stage: string }>('SELECT stage FROM statements WHERE id = ?');
    const storeThreads = ({ threads, replies }: NewThreads) => {
      insertThreads(threads);
      for (const reply of replies) insertComment(reply);
    };
    this.createInTransaction = database.transaction((imported: ImportedStatement) => {
      insertStatement(imported.statement, imported.initialUpdate);
      storeThreads(imported);
      for (const entry of imported.audit) appender.append(entry);
    });
    this.replaceInTransaction = database.transaction((replacement: ImportedReplacement) => {
      const { statementId } = replacement.version;
      // Without a change to the text (the file's text is the text already there), still only while drafting.
      if (replacement.update === null && stageOf.get(statementId)?.stage !== 'drafting') throw new TextFrozenError(statementId);
      const version = insertVersion(replacement.version);
      const sequence = replacement.update === null ? null : insertTextChange(replacement.update);
      storeThreads(replacement);
      for (const entry of replacement.audit(version)) appender.append(entry);
      return { version, sequence };
    });
  }

  async createStatement(imported: ImportedStatement): Promise<void> {
    this.createInTransaction.immediate(imported);
  }

  async replaceText(replacement: ImportedReplacement): Promise<{ version: number; sequence: number | null }> {
    return this.replaceInTransaction.immediate(replacement);
  }
}
