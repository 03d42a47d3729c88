import type { Database } from 'better-sqlite3';
import { organisationSlugFor } from '../../organisations/organisationSlugFor.ts';

/** Gives every organisation without a slug one made from its name, oldest first (run by migration 8). */
export function backfillOrganisationSlugs(database: Database): void {
  const taken = database.prepare<[string], { found: number }>('SELECT 1 AS found FROM organisations WHERE slug = ?');
  const setSlug = database.prepare('UPDATE organisations SET slug = ? WHERE id = ?');
  const missing = database.prepare<[], { id: string; name: string }>('SELECT id, name FROM organisations WHERE slug IS NULL ORDER BY created_at, id').all();
  for (const organisation of missing) {
    setSlug.run(
      organisationSlugFor(organisation.name, (slug) => taken.get(slug) !== undefined),
      organisation.id,
    );
  }
}
