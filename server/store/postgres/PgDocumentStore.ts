import * as Y from 'yjs';
import type { DocumentUpdateEntry, NewAuditEntry, StoredDocument } from '../records.ts';
import type { ChainedSequences, DocumentCatchUp, DocumentStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { appendDocumentUpdate } from './appendDocumentUpdate.ts';
import { insertTextChange } from './insertTextChange.ts';

export class PgDocumentStore implements DocumentStore {
  constructor(private readonly db: PgDatabase) {}

  async load(statementId: string): Promise<StoredDocument> {
    // One transaction: the snapshot and the log read at one moment, never across a compaction.
    return this.db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [snapshot] = await tx.query<{ state: Buffer }>('SELECT state FROM document_snapshots WHERE statement_id = $1', [statementId]);
      const rows = await tx.query<{ sequence: string; data: Buffer }>('SELECT sequence, data FROM document_updates WHERE statement_id = $1 ORDER BY sequence', [
        statementId,
      ]);
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSequence: Number(rows.at(-1)?.sequence ?? 0),
      };
    });
  }

  async append(entries: readonly DocumentUpdateEntry[]): Promise<Map<string, number>> {
    return this.db.transaction(async (tx) => {
      const lastSequences = new Map<string, number>();
      // Each document's log lock is taken in one order (by id) so two batches cannot deadlock.
      const order = [...new Set(entries.map((entry) => entry.statementId))].sort();
      for (const statementId of order) {
        for (const entry of entries)
          if (entry.statementId === statementId) lastSequences.set(statementId, await appendDocumentUpdate(tx, statementId, entry.update));
      }
      return lastSequences;
    });
  }

  async appendChained(entries: readonly DocumentUpdateEntry[]): Promise<Map<string, ChainedSequences>> {
    return this.db.transaction(async (tx) => {
      const chained = new Map<string, ChainedSequences>();
      const order = [...new Set(entries.map((entry) => entry.statementId))].sort();
      for (const statementId of order) {
        // Under the document's log lock, so no other batch lands between this read and the inserts.
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('document:' || $1))", [statementId]);
        const [head] = await tx.query<{ last: string | null }>('SELECT max(sequence) AS last FROM document_updates WHERE statement_id = $1', [statementId]);
        const previous = head?.last == null ? null : Number(head.last);
        let last = 0;
        for (const entry of entries) if (entry.statementId === statementId) last = await appendDocumentUpdate(tx, statementId, entry.update);
        chained.set(statementId, { previous, last });
      }
      return chained;
    });
  }

  async updatesAfter(statementId: string, sequence: number): Promise<DocumentCatchUp> {
    return this.db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [kept] = await tx.query<{ kept: number }>('SELECT 1 AS kept FROM document_updates WHERE statement_id = $1 AND sequence = $2', [
        statementId,
        sequence,
      ]);
      const [snapshot] =
        kept === undefined ? await tx.query<{ state: Buffer }>('SELECT state FROM document_snapshots WHERE statement_id = $1', [statementId]) : [];
      const rows = await tx.query<{ sequence: string; data: Buffer }>(
        'SELECT sequence, data FROM document_updates WHERE statement_id = $1 AND sequence > $2 ORDER BY sequence',
        [statementId, sequence],
      );
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
        updates: rows.map((row) => ({ sequence: Number(row.sequence), update: new Uint8Array(row.data) })),
      };
    });
  }

  async appendCommand(entry: DocumentUpdateEntry, audit: NewAuditEntry): Promise<number> {
    return this.db.transaction(async (tx) => {
      const sequence = await insertTextChange(tx, entry);
      await appendAudit(tx, audit);
      return sequence;
    });
  }

  async compact(statementId: string, snapshot: Uint8Array, throughSequence: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Never twice at once for one document, across processes: the second simply skips.
      const [lock] = await tx.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock(hashtext('compact:' || $1)) AS locked", [statementId]);
      if (lock?.locked !== true) return;
      const folded = await tx.query<{ data: Buffer }>('DELETE FROM document_updates WHERE statement_id = $1 AND sequence <= $2 RETURNING data', [
        statementId,
        throughSequence,
      ]);
      if (folded.length === 0) return;
      // Another process's updates may be missing from this one's memory: the stored snapshot and every
      // update deleted are merged in (Yjs merges are idempotent), so a compaction never loses a stored change.
      const [stored] = await tx.query<{ state: Buffer }>('SELECT state FROM document_snapshots WHERE statement_id = $1', [statementId]);
      const states = [...(stored ? [stored.state] : []), snapshot, ...folded.map((row) => row.data)].map((state) => new Uint8Array(state));
      await tx.query(
        `INSERT INTO document_snapshots (statement_id, state, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (statement_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        [statementId, Buffer.from(Y.mergeUpdates(states)), new Date().toISOString()],
      );
    });
  }
}
