import type { NewAuditEntry, PurposeAgreementRecord, PurposeVersionRecord } from '../records.ts';
import type { PurposeStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface VersionRow {
  version: number;
  text: string;
  created_by: string | null;
  created_at: string;
}

interface AgreementRow {
  org_id: string;
  purpose_version: number;
  agreed_by: string;
  agreed_at: string;
}

const toVersion = (row: VersionRow): PurposeVersionRecord => ({
  version: row.version,
  text: row.text,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

const toAgreement = (row: AgreementRow): PurposeAgreementRecord => ({
  orgId: row.org_id,
  version: row.purpose_version,
  agreedBy: row.agreed_by,
  agreedAt: row.agreed_at,
});

export class PgPurposeStore implements PurposeStore {
  constructor(private readonly db: PgDatabase) {}

  async current(): Promise<PurposeVersionRecord> {
    const [row] = await this.db.query<VersionRow>('SELECT * FROM purpose_versions ORDER BY version DESC LIMIT 1');
    // Migration 1 inserts version 1, so there is always one.
    if (!row) throw new Error('no Statement of Purpose in the database');
    return toVersion(row);
  }

  async findVersion(version: number): Promise<PurposeVersionRecord | null> {
    const [row] = await this.db.query<VersionRow>('SELECT * FROM purpose_versions WHERE version = $1', [version]);
    return row ? toVersion(row) : null;
  }

  async publish(text: string, createdBy: string, at: string, audit: (version: number) => NewAuditEntry): Promise<number> {
    return this.db.transaction(async (tx) => {
      // max + 1 under a lock: two publications at once get two numbers (the second reads after the first commits).
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('purpose-version'))");
      const [row] = await tx.query<{ version: number }>(
        `INSERT INTO purpose_versions (version, text, created_by, created_at)
         VALUES ((SELECT coalesce(max(version), 0) + 1 FROM purpose_versions), $1, $2, $3) RETURNING version`,
        [text, createdBy, at],
      );
      if (!row) throw new Error('purpose version not inserted');
      await appendAudit(tx, audit(row.version));
      return row.version;
    });
  }

  async agree(orgId: string, version: number, userId: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO purpose_agreements (org_id, purpose_version, agreed_by, agreed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, purpose_version) DO NOTHING RETURNING org_id`,
        [orgId, version, userId, at],
      );
      if (inserted.length !== 1) return false;
      await appendAudit(tx, audit);
      return true;
    });
  }

  async agreement(orgId: string, version: number): Promise<PurposeAgreementRecord | null> {
    const [row] = await this.db.query<AgreementRow>('SELECT * FROM purpose_agreements WHERE org_id = $1 AND purpose_version = $2', [orgId, version]);
    return row ? toAgreement(row) : null;
  }

  async latestAgreements(): Promise<PurposeAgreementRecord[]> {
    const rows = await this.db.query<AgreementRow>(`SELECT a.* FROM purpose_agreements a
      WHERE a.purpose_version = (SELECT max(b.purpose_version) FROM purpose_agreements b WHERE b.org_id = a.org_id)
      ORDER BY a.org_id`);
    return rows.map(toAgreement);
  }
}
