import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { PurposeAgreementRecord, PurposeVersionRecord } from '../records.ts';
import type { PurposeStore } from '../Store.ts';

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

export class SqlitePurposeStore implements PurposeStore {
  private readonly newest: Statement<[], VersionRow>;
  private readonly byVersion: Statement<[number], VersionRow>;
  private readonly publishInTransaction: Transaction<(text: string, createdBy: string, at: string) => number>;
  private readonly insertAgreement: Statement<[string, number, string, string]>;
  private readonly agreementStatement: Statement<[string, number], AgreementRow>;
  private readonly latest: Statement<[], AgreementRow>;

  constructor(database: Database) {
    this.newest = database.prepare('SELECT * FROM purpose_versions ORDER BY version DESC LIMIT 1');
    this.byVersion = database.prepare('SELECT * FROM purpose_versions WHERE version = ?');
    const insertVersion = database.prepare(
      'INSERT INTO purpose_versions (version, text, created_by, created_at) VALUES ((SELECT coalesce(max(version), 0) + 1 FROM purpose_versions), ?, ?, ?) RETURNING version',
    );
    this.publishInTransaction = database.transaction(
      (text: string, createdBy: string, at: string) => (insertVersion.get(text, createdBy, at) as { version: number }).version,
    );
    this.insertAgreement = database.prepare(`INSERT INTO purpose_agreements (org_id, purpose_version, agreed_by, agreed_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (org_id, purpose_version) DO NOTHING`);
    this.agreementStatement = database.prepare('SELECT * FROM purpose_agreements WHERE org_id = ? AND purpose_version = ?');
    this.latest = database.prepare(`SELECT a.* FROM purpose_agreements a
      WHERE a.purpose_version = (SELECT max(b.purpose_version) FROM purpose_agreements b WHERE b.org_id = a.org_id)`);
  }

  async current(): Promise<PurposeVersionRecord> {
    const row = this.newest.get();
    // Migration 2 inserts version 1, so there is always one.
    if (!row) throw new Error('no Statement of Purpose in the database');
    return toVersion(row);
  }

  async findVersion(version: number): Promise<PurposeVersionRecord | null> {
    const row = this.byVersion.get(version);
    return row ? toVersion(row) : null;
  }

  async publish(text: string, createdBy: string, at: string): Promise<number> {
    return this.publishInTransaction(text, createdBy, at);
  }

  async agree(orgId: string, version: number, userId: string, at: string): Promise<boolean> {
    return this.insertAgreement.run(orgId, version, userId, at).changes === 1;
  }

  async agreement(orgId: string, version: number): Promise<PurposeAgreementRecord | null> {
    const row = this.agreementStatement.get(orgId, version);
    return row ? toAgreement(row) : null;
  }

  async latestAgreements(): Promise<PurposeAgreementRecord[]> {
    return this.latest.all().map(toAgreement);
  }
}
