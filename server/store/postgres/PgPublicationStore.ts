import type { PublicationRecord } from '../records.ts';
import type { PublicationStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface PublicationRow {
  statement_id: string;
  version_number: number;
  published_by: string;
  published_at: string;
  withdrawn_at: string | null;
}

const toPublication = (row: PublicationRow): PublicationRecord => ({
  statementId: row.statement_id,
  versionNumber: row.version_number,
  publishedBy: row.published_by,
  publishedAt: row.published_at,
  withdrawnAt: row.withdrawn_at,
});

export class PgPublicationStore implements PublicationStore {
  constructor(private readonly db: PgDatabase) {}

  async publish(publication: PublicationRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO publications (statement_id, version_number, published_by, published_at, withdrawn_at) VALUES ($1, $2, $3, $4, NULL)
       ON CONFLICT (statement_id, version_number) DO UPDATE SET published_at = excluded.published_at, withdrawn_at = NULL`,
      [publication.statementId, publication.versionNumber, publication.publishedBy, publication.publishedAt],
    );
  }

  async list(statementId: string): Promise<PublicationRecord[]> {
    const rows = await this.db.query<PublicationRow>('SELECT * FROM publications WHERE statement_id = $1 ORDER BY version_number DESC', [statementId]);
    return rows.map(toPublication);
  }

  async latest(): Promise<PublicationRecord[]> {
    const rows = await this.db.query<PublicationRow>(`SELECT p.* FROM publications p
      WHERE p.version_number = (SELECT max(q.version_number) FROM publications q WHERE q.statement_id = p.statement_id)
      ORDER BY p.published_at COLLATE "C" DESC`);
    return rows.map(toPublication);
  }

  async markWithdrawn(statementId: string, at: string): Promise<void> {
    await this.db.query('UPDATE publications SET withdrawn_at = $1 WHERE statement_id = $2 AND withdrawn_at IS NULL', [at, statementId]);
  }
}
