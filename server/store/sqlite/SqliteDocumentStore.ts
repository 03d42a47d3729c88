import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { DocumentUpdateEntry, NewAuditEntry, StoredDocument } from '../records.ts';
import type { ChainedSequences, DocumentCatchUp, DocumentStore } from '../Store.ts';
import { textChangeInserter } from './textChangeInserter.ts';
import type { AuditAppender } from './AuditAppender.ts';

export class SqliteDocumentStore implements DocumentStore {
  private readonly snapshot: Statement<[string], { state: Buffer }>;
  private readonly updates: Statement<[string], { sequence: number; data: Buffer }>;
  private readonly appendInTransaction: Transaction<(entries: readonly DocumentUpdateEntry[]) => Map<string, number>>;
  private readonly chainedInTransaction: Transaction<(entries: readonly DocumentUpdateEntry[]) => Map<string, ChainedSequences>>;
  private readonly updatesAfterSequence: Statement<[string, number], { sequence: number; data: Buffer }>;
  private readonly catchUpInTransaction: Transaction<(statementId: string, sequence: number) => DocumentCatchUp>;
  private readonly commandInTransaction: Transaction<(entry: DocumentUpdateEntry, audit: NewAuditEntry) => number>;
  private readonly compactInTransaction: Transaction<(statementId: string, snapshot: Uint8Array, through: number) => void>;

  constructor(database: Database, appender: AuditAppender) {
    this.snapshot = database.prepare('SELECT state FROM document_snapshots WHERE statement_id = ?');
    this.updates = database.prepare('SELECT sequence, data FROM document_updates WHERE statement_id = ? ORDER BY sequence');
    const insertUpdate = database.prepare('INSERT INTO document_updates (statement_id, data) VALUES (?, ?)');
    this.appendInTransaction = database.transaction((entries: readonly DocumentUpdateEntry[]) => {
      const lastSequences = new Map<string, number>();
      for (const entry of entries) {
        const result = insertUpdate.run(entry.statementId, entry.update);
        lastSequences.set(entry.statementId, Number(result.lastInsertRowid));
      }
      return lastSequences;
    });
    const lastSequence = database.prepare<[string], { last: number | null }>('SELECT max(sequence) AS last FROM document_updates WHERE statement_id = ?');
    this.chainedInTransaction = database.transaction((entries: readonly DocumentUpdateEntry[]) => {
      const chained = new Map<string, ChainedSequences>();
      for (const entry of entries) {
        const known = chained.get(entry.statementId);
        const previous = known === undefined ? (lastSequence.get(entry.statementId)?.last ?? null) : known.previous;
        const result = insertUpdate.run(entry.statementId, entry.update);
        chained.set(entry.statementId, { previous, last: Number(result.lastInsertRowid) });
      }
      return chained;
    });
    this.updatesAfterSequence = database.prepare('SELECT sequence, data FROM document_updates WHERE statement_id = ? AND sequence > ? ORDER BY sequence');
    const keptUpdate = database.prepare<[string, number], { kept: number }>('SELECT 1 AS kept FROM document_updates WHERE statement_id = ? AND sequence = ?');
    this.catchUpInTransaction = database.transaction((statementId: string, sequence: number) => {
      const snapshot = keptUpdate.get(statementId, sequence) === undefined ? (this.snapshot.get(statementId)?.state ?? null) : null;
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength) : null,
        updates: this.updatesAfterSequence
          .all(statementId, sequence)
          .map((row) => ({ sequence: row.sequence, update: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) })),
      };
    });
    const insertTextChange = textChangeInserter(database);
    this.commandInTransaction = database.transaction((entry: DocumentUpdateEntry, audit: NewAuditEntry) => {
      const sequence = insertTextChange(entry);
      appender.append(audit);
      return sequence;
    });
    const upsertSnapshot = database.prepare(`INSERT INTO document_snapshots (statement_id, state, updated_at)
      VALUES (?, ?, ?) ON CONFLICT (statement_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`);
    const trimLog = database.prepare('DELETE FROM document_updates WHERE statement_id = ? AND sequence <= ?');
    this.compactInTransaction = database.transaction((statementId: string, snapshot: Uint8Array, through: number) => {
      upsertSnapshot.run(statementId, snapshot, new Date().toISOString());
      trimLog.run(statementId, through);
    });
  }

  async load(statementId: string): Promise<StoredDocument> {
    const snapshot = this.snapshot.get(statementId)?.state ?? null;
    const rows = this.updates.all(statementId);
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength) : null,
      updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
      lastSequence: rows.at(-1)?.sequence ?? 0,
    };
  }

  async append(entries: readonly DocumentUpdateEntry[]): Promise<Map<string, number>> {
    return this.appendInTransaction(entries);
  }

  async appendChained(entries: readonly DocumentUpdateEntry[]): Promise<Map<string, ChainedSequences>> {
    return this.chainedInTransaction(entries);
  }

  async updatesAfter(statementId: string, sequence: number): Promise<DocumentCatchUp> {
    return this.catchUpInTransaction(statementId, sequence);
  }

  async appendCommand(entry: DocumentUpdateEntry, audit: NewAuditEntry): Promise<number> {
    return this.commandInTransaction.immediate(entry, audit);
  }

  async compact(statementId: string, snapshot: Uint8Array, throughSequence: number): Promise<void> {
    this.compactInTransaction(statementId, snapshot, throughSequence);
  }
}
