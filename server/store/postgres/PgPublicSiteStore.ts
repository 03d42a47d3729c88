import { createHash } from 'node:crypto';
import type { NewAuditEntry } from '../records.ts';
import type { ForkPublication, PublicSiteStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { insertNextVersion } from './insertNextVersion.ts';

export class PgPublicSiteStore implements PublicSiteStore {
  constructor(private readonly db: PgDatabase) {}

  async publishFork(publication: ForkPublication, audit: NewAuditEntry): Promise<number | null> {
    const { version } = publication;
    return this.db.transaction(async (tx) => {
      // Checked on the locked row before anything is written: a second publication (or a race) changes nothing.
      const drafting = await tx.query(`SELECT id FROM statements WHERE id = $1 AND stage = 'drafting' AND owner_org_id IS NOT NULL FOR NO KEY UPDATE`, [
        version.statementId,
      ]);
      if (drafting.length === 0) return null;
      const number = await insertNextVersion(tx, version);
      await tx.query(`UPDATE statements SET stage = 'published', shared = TRUE, final_version = $2, updated_at = $3 WHERE id = $1`, [
        version.statementId,
        number,
        publication.at,
      ]);
      await tx.query('INSERT INTO publications (statement_id, version_number, published_by, published_at, withdrawn_at) VALUES ($1, $2, $3, $4, NULL)', [
        version.statementId,
        number,
        publication.publishedBy,
        publication.at,
      ]);
      await appendAudit(tx, { ...audit, details: { ...audit.details, version: number } });
      return number;
    });
  }

  async fingerprint(statementId: string | null): Promise<string> {
    // Aggregates only, never the rows' text: cheap enough to ask on every public request.
    const [row] = await this.db.query(
      `SELECT
        (SELECT count(*) || '/' || coalesce(max(published_at), '') || '/' || count(withdrawn_at) || '/' || coalesce(max(withdrawn_at), '')
          FROM publications WHERE $1::text IS NULL OR statement_id = $1) AS publications,
        (SELECT count(*) || '/' || coalesce(max(id), 0) || '/' || count(withdrawn_at) || '/' || coalesce(max(withdrawn_at), '')
          FROM signatures WHERE $1::text IS NULL OR statement_id = $1) AS signatures,
        (SELECT coalesce(string_agg(stage, ',' ORDER BY id), '') FROM statements WHERE ($1::text IS NULL OR id = $1) AND stage IN ('published', 'withdrawn')) AS stages,
        (SELECT count(*) || '/' || coalesce(string_agg(id || ':' || name || ':' || country || ':' || coalesce(removed_at, ''), '|' ORDER BY id), '')
          FROM organisations) AS organisations`,
      [statementId],
    );
    return createHash('sha256').update(JSON.stringify(row)).digest('hex');
  }
}
