import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { NewAuditEntry, PurposeAgreementRecord, PurposeVersionRecord } from '../records.ts';
import type { PurposeStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';

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
  private readonly publishInTransaction: Transaction<(text: string, createdBy: string, at: string, audit: (version: number) => NewAuditEntry) => number>;
  private readonly agreeInTransaction: Transaction<(orgId: string, version: number, userId: string, at: string, audit: NewAuditEntry) => boolean>;
  private readonly agreementStatement: Statement<[string, number], AgreementRow>;
  private readonly latest: Statement<[], AgreementRow>;

  constructor(database: Database, appender: AuditAppender) {
    this.newest = database.prepare('SELECT * FROM purpose_versions ORDER BY version DESC LIMIT 1');
    this.byVersion = database.prepare('SELECT * FROM purpose_versions WHERE version = ?');
    const insertVersion = database.prepare(
      'INSERT INTO purpose_versions (version, text, created_by, created_at) VALUES ((SELECT coalesce(max(version), 0) + 1 FROM purpose_versions), ?, ?, ?) RETURNING version',
    );
    this.publishInTransaction = database.transaction((text: string, createdBy: string, at: string, audit: (version: number) => NewAuditEntry) => {
      const { version } = insertVersion.get(text, createdBy, at) as { version: number };
      appender.append(audit(version));
      return version;
    });
    const insertAgreement = database.prepare<[string, number, string, string]>(`INSERT INTO purpose_agreements (org_id, purpose_version, agreed_by, agreed_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (org_id, purpose_version) DO NOTHING`);
    this.agreeInTransaction = database.transaction((orgId: string, version: number, userId: string, at: string, audit: NewAuditEntry) => {
      if (insertAgreement.run(orgId, version, userId, at).changes !== 1) return false;
      appender.append(audit);
      return true;
    });
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

  async publish(text: string, createdBy: string, at: string, audit: (version: number) => NewAuditEntry): Promise<number> {
    return this.publishInTransaction.immediate(text, createdBy, at, audit);
  }

  async agree(orgId: string, version: number, userId: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.agreeInTransaction.immediate(orgId, version, userId, at, audit);
  }

  async agreement(orgId: string, version: number): Promise<PurposeAgreementRecord | null> {
    const row = this.agreementStatement.get(orgId, version);
    return row ? toAgreement(row) : null;
  }

  async latestAgreements(): Promise<PurposeAgreementRecord[]> {
    return this.latest.all().map(toAgreement);
  }
}
