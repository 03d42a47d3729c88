import type { Database, Statement } from 'better-sqlite3';
import type { OrganisationRecord } from '../records.ts';
import type { OrganisationStore } from '../Store.ts';

interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
  category: OrganisationRecord['category'];
  country: string;
  created_at: string;
}

function toOrganisationRecord(row: OrganisationRow): OrganisationRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    category: row.category,
    country: row.country,
    createdAt: row.created_at,
  };
}

export class SqliteOrganisationStore implements OrganisationStore {
  private readonly insert: Statement;
  private readonly byId: Statement<[string], OrganisationRow>;
  private readonly all: Statement<[], OrganisationRow>;
  private readonly agree: Statement;

  constructor(database: Database) {
    this.insert = database.prepare(`INSERT INTO organisations (id, name, kind, category, country, created_at)
      VALUES (@id, @name, @kind, @category, @country, @createdAt)`);
    this.byId = database.prepare('SELECT * FROM organisations WHERE id = ?');
    this.all = database.prepare('SELECT * FROM organisations ORDER BY name COLLATE NOCASE');
    this.agree = database.prepare(`INSERT INTO purpose_agreements (org_id, purpose_version, agreed_by, agreed_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (org_id, purpose_version) DO NOTHING`);
  }

  async create(organisation: OrganisationRecord): Promise<void> {
    this.insert.run(organisation);
  }

  async findById(id: string): Promise<OrganisationRecord | null> {
    const row = this.byId.get(id);
    return row ? toOrganisationRecord(row) : null;
  }

  async list(): Promise<OrganisationRecord[]> {
    return this.all.all().map(toOrganisationRecord);
  }

  async recordPurposeAgreement(orgId: string, purposeVersion: number, userId: string, at: string): Promise<void> {
    this.agree.run(orgId, purposeVersion, userId, at);
  }
}
