import { organisationSlugFor } from '../../organisations/organisationSlugFor.ts';
import type { NewAuditEntry, OrganisationRecord } from '../records.ts';
import type { OrganisationStore } from '../Store.ts';
import { caseInsensitiveOrder } from './caseInsensitiveOrder.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase, PgQueryable } from './PgDatabase.ts';

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

/**
 * The unique slug for a new organisation's name, chosen like SQLite's (`acme`, `acme-2`, …). The
 * caller holds the slug lock, so no other transaction can take the same one before it commits.
 */
async function uniqueSlug(tx: PgQueryable, name: string): Promise<string> {
  const words = organisationSlugFor(name, () => false);
  const rows = await tx.query<{ slug: string }>("SELECT slug FROM organisations WHERE slug = $1 OR starts_with(slug, $1 || '-')", [words]);
  const taken = new Set(rows.map((row) => row.slug));
  return organisationSlugFor(name, (slug) => taken.has(slug));
}

export class PgOrganisationStore implements OrganisationStore {
  constructor(private readonly db: PgDatabase) {}

  async create(organisation: Omit<OrganisationRecord, 'slug'>, audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Two organisations of one name created at once: the second waits, then sees the first's slug.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('organisation-slug'))");
      const slug = await uniqueSlug(tx, organisation.name);
      await tx.query(
        `INSERT INTO organisations (id, name, kind, category, country, created_at, removed_at, slug)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          organisation.id,
          organisation.name,
          organisation.kind,
          organisation.category,
          organisation.country,
          organisation.createdAt,
          organisation.removedAt,
          slug,
        ],
      );
      await appendAudit(tx, audit);
    });
  }

  async findBySlug(slug: string): Promise<OrganisationRecord | null> {
    const [row] = await this.db.query<OrganisationRow>('SELECT * FROM organisations WHERE slug = $1', [slug]);
    return row ? toOrganisationRecord(row) : null;
  }

  async findById(id: string): Promise<OrganisationRecord | null> {
    const [row] = await this.db.query<OrganisationRow>('SELECT * FROM organisations WHERE id = $1', [id]);
    return row ? toOrganisationRecord(row) : null;
  }

  async list(): Promise<OrganisationRecord[]> {
    const rows = await this.db.query<OrganisationRow>(`SELECT * FROM organisations WHERE removed_at IS NULL ORDER BY ${caseInsensitiveOrder('name')}`);
    return rows.map(toOrganisationRecord);
  }

  async update(id: string, changes: Partial<Pick<OrganisationRecord, (typeof EDITABLE)[number]>>, audit: NewAuditEntry): Promise<void> {
    // Column names come from EDITABLE, never from input.
    const fields = EDITABLE.filter((field) => changes[field] !== undefined);
    await this.db.transaction(async (tx) => {
      if (fields.length > 0) {
        const assignments = fields.map((field, index) => `${field} = $${index + 2}`).join(', ');
        await tx.query(`UPDATE organisations SET ${assignments} WHERE id = $1`, [id, ...fields.map((field) => changes[field])]);
      }
      await appendAudit(tx, audit);
    });
  }

  async remove(id: string, removedBy: string, at: string, audit: (contactsRemoved: string[]) => NewAuditEntry): Promise<string[]> {
    return this.db.transaction(async (tx) => {
      // FOR UPDATE (not the UPDATE's weaker lock): a second removal, or an account being added to the
      // organisation (its foreign key check), waits for this one, then sees what it did.
      await tx.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [id]);
      const contacts = await tx.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1 AND removed_at IS NULL ORDER BY created_at, id', [id]);
      const removed = contacts.map((row) => row.id);
      await tx.query('UPDATE organisations SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL', [at, id]);
      await tx.query('UPDATE users SET removed_at = $1 WHERE org_id = $2 AND removed_at IS NULL', [at, id]);
      await tx.query('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE org_id = $1)', [id]);
      await tx.query('DELETE FROM statement_drafters WHERE user_id IN (SELECT id FROM users WHERE org_id = $1)', [id]);
      await tx.query('UPDATE invitations SET revoked_at = $1, revoked_by = $2 WHERE org_id = $3 AND accepted_at IS NULL AND revoked_at IS NULL', [
        at,
        removedBy,
        id,
      ]);
      await appendAudit(tx, audit(removed));
      return removed;
    });
  }
}
