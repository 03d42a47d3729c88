import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { NewAuditEntry, OrganisationRecord } from '../records.ts';
import type { OrganisationStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { organisationSlugFor } from '../../organisations/organisationSlugFor.ts';

interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
  category: OrganisationRecord['category'];
  country: string;
  created_at: string;
  removed_at: string | null;
  slug: string;
}

function toOrganisationRecord(row: OrganisationRow): OrganisationRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    category: row.category,
    country: row.country,
    createdAt: row.created_at,
    removedAt: row.removed_at,
    slug: row.slug,
  };
}

const EDITABLE = ['name', 'kind', 'category', 'country'] as const;

export class SqliteOrganisationStore implements OrganisationStore {
  private readonly createInTransaction: Transaction<(organisation: Omit<OrganisationRecord, 'slug'>, audit: NewAuditEntry) => void>;
  private readonly bySlug: Statement<[string], OrganisationRow>;
  private readonly byId: Statement<[string], OrganisationRow>;
  private readonly all: Statement<[], OrganisationRow>;
  private readonly setField: Record<(typeof EDITABLE)[number], Statement<[string, string]>>;
  private readonly updateInTransaction: Transaction<
    (id: string, changes: Partial<Pick<OrganisationRecord, (typeof EDITABLE)[number]>>, audit: NewAuditEntry) => void
  >;
  private readonly removeInTransaction: Transaction<
    (id: string, removedBy: string, at: string, audit: (contactsRemoved: string[]) => NewAuditEntry) => string[]
  >;

  constructor(database: Database, appender: AuditAppender) {
    const insert = database.prepare(`INSERT INTO organisations (id, name, kind, category, country, created_at, removed_at, slug)
      VALUES (@id, @name, @kind, @category, @country, @createdAt, @removedAt, @slug)`);
    const slugTaken = database.prepare<[string], { found: number }>('SELECT 1 AS found FROM organisations WHERE slug = ?');
    // The slug is chosen and inserted in one transaction (with the audit entry), so two organisations of one name get two slugs.
    this.createInTransaction = database.transaction((organisation: Omit<OrganisationRecord, 'slug'>, audit: NewAuditEntry) => {
      insert.run({ ...organisation, slug: organisationSlugFor(organisation.name, (slug) => slugTaken.get(slug) !== undefined) });
      appender.append(audit);
    });
    this.bySlug = database.prepare('SELECT * FROM organisations WHERE slug = ?');
    this.byId = database.prepare('SELECT * FROM organisations WHERE id = ?');
    this.all = database.prepare('SELECT * FROM organisations WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE');
    // One prepared statement per column: the column name never comes from input.
    this.setField = Object.fromEntries(
      EDITABLE.map((field) => [field, database.prepare(`UPDATE organisations SET ${field} = ? WHERE id = ?`)]),
    ) as SqliteOrganisationStore['setField'];
    this.updateInTransaction = database.transaction(
      (id: string, changes: Partial<Pick<OrganisationRecord, (typeof EDITABLE)[number]>>, audit: NewAuditEntry) => {
        for (const field of EDITABLE) {
          const value = changes[field];
          if (value !== undefined) this.setField[field].run(value, id);
        }
        appender.append(audit);
      },
    );
    const markRemoved = database.prepare('UPDATE organisations SET removed_at = ? WHERE id = ? AND removed_at IS NULL');
    const contacts = database.prepare<[string], { id: string }>('SELECT id FROM users WHERE org_id = ? AND removed_at IS NULL');
    const removeContacts = database.prepare('UPDATE users SET removed_at = ? WHERE org_id = ? AND removed_at IS NULL');
    const endSessions = database.prepare('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE org_id = ?)');
    const endDrafting = database.prepare('DELETE FROM statement_drafters WHERE user_id IN (SELECT id FROM users WHERE org_id = ?)');
    const revokeInvitations = database.prepare(
      'UPDATE invitations SET revoked_at = ?, revoked_by = ? WHERE org_id = ? AND accepted_at IS NULL AND revoked_at IS NULL',
    );
    this.removeInTransaction = database.transaction((id: string, removedBy: string, at: string, audit: (contactsRemoved: string[]) => NewAuditEntry) => {
      const removed = contacts.all(id).map((row) => row.id);
      markRemoved.run(at, id);
      removeContacts.run(at, id);
      endSessions.run(id);
      endDrafting.run(id);
      revokeInvitations.run(at, removedBy, id);
      appender.append(audit(removed));
      return removed;
    });
  }

  async create(organisation: Omit<OrganisationRecord, 'slug'>, audit: NewAuditEntry): Promise<void> {
    this.createInTransaction.immediate(organisation, audit);
  }

  async findBySlug(slug: string): Promise<OrganisationRecord | null> {
    const row = this.bySlug.get(slug);
    return row ? toOrganisationRecord(row) : null;
  }

  async findById(id: string): Promise<OrganisationRecord | null> {
    const row = this.byId.get(id);
    return row ? toOrganisationRecord(row) : null;
  }

  async list(): Promise<OrganisationRecord[]> {
    return this.all.all().map(toOrganisationRecord);
  }

  async update(id: string, changes: Partial<Pick<OrganisationRecord, 'name' | 'kind' | 'category' | 'country'>>, audit: NewAuditEntry): Promise<void> {
    this.updateInTransaction.immediate(id, changes, audit);
  }

  async remove(id: string, removedBy: string, at: string, audit: (contactsRemoved: string[]) => NewAuditEntry): Promise<string[]> {
    return this.removeInTransaction.immediate(id, removedBy, at, audit);
  }
}
