import { createHash } from 'node:crypto';
import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { NewAuditEntry } from '../records.ts';
import type { ForkPublication, PublicSiteStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';

interface FingerprintRow {
  publications: string;
  signatures: string;
  stages: string;
  organisations: string;
}

export class SqlitePublicSiteStore implements PublicSiteStore {
  private readonly publishForkInTransaction: Transaction<(publication: ForkPublication, audit: NewAuditEntry) => number | null>;
  private readonly fingerprintQuery: Statement<{ id: string | null }, FingerprintRow>;

  constructor(database: Database, auditAppender: AuditAppender) {
    const insertVersion = database.prepare<Record<string, unknown>, { number: number }>(`INSERT INTO statement_versions
      (statement_id, number, name, kind, state, content, hash, created_by, created_at, title)
      VALUES (@statementId, (SELECT coalesce(max(number), 0) + 1 FROM statement_versions WHERE statement_id = @statementId),
        @name, @kind, @state, @content, @hash, @createdBy, @createdAt, @title)
      RETURNING number`);
    const moveToPublished = database.prepare(`UPDATE statements SET stage = 'published', shared = 1, final_version = @number, updated_at = @at
      WHERE id = @id AND stage = 'drafting' AND owner_org_id IS NOT NULL`);
    const insertPublication = database.prepare(`INSERT INTO publications (statement_id, version_number, published_by, published_at, withdrawn_at)
      VALUES (@statementId, @versionNumber, @publishedBy, @publishedAt, NULL)`);
    this.publishForkInTransaction = database.transaction((publication: ForkPublication, audit: NewAuditEntry) => {
      const { version } = publication;
      const { number } = insertVersion.get({ ...version, state: Buffer.from(version.state) })!;
      // Checked and changed in the same transaction: a second publication (or a race) changes nothing.
      if (moveToPublished.run({ id: version.statementId, number, at: publication.at }).changes === 0) {
        throw new StageMoved();
      }
      insertPublication.run({ statementId: version.statementId, versionNumber: number, publishedBy: publication.publishedBy, publishedAt: publication.at });
      auditAppender.append({ ...audit, details: { ...audit.details, version: number } });
      return number;
    });
    // Aggregates only, never the rows' text: cheap enough to ask on every public request.
    this.fingerprintQuery = database.prepare(`SELECT
      (SELECT count(*) || '/' || coalesce(max(published_at), '') || '/' || count(withdrawn_at) || '/' || coalesce(max(withdrawn_at), '')
        FROM publications WHERE @id IS NULL OR statement_id = @id) AS publications,
      (SELECT count(*) || '/' || coalesce(max(id), 0) || '/' || count(withdrawn_at) || '/' || coalesce(max(withdrawn_at), '')
        FROM signatures WHERE @id IS NULL OR statement_id = @id) AS signatures,
      (SELECT coalesce(group_concat(stage, ','), '') FROM statements WHERE (@id IS NULL OR id = @id) AND stage IN ('published', 'withdrawn')) AS stages,
      (SELECT count(*) || '/' || coalesce(group_concat(id || ':' || name || ':' || country || ':' || coalesce(removed_at, ''), '|'), '')
        FROM organisations) AS organisations`);
  }

  async publishFork(publication: ForkPublication, audit: NewAuditEntry): Promise<number | null> {
    try {
      return this.publishForkInTransaction.immediate(publication, audit);
    } catch (error) {
      if (error instanceof StageMoved) return null;
      throw error;
    }
  }

  async fingerprint(statementId: string | null): Promise<string> {
    const row = this.fingerprintQuery.get({ id: statementId })!;
    return createHash('sha256').update(JSON.stringify(row)).digest('hex');
  }
}

/** Rolls the transaction back (the version inserted with it) when the fork was not being drafted. */
class StageMoved extends Error {}
