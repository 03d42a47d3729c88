import type { PgDatabase } from './PgDatabase.ts';
import { POSTGRES_MIGRATIONS } from './migrations.ts';

/** Any constant: the key of the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 7_311_843;

/**
 * Brings the database up to the newest schema version, each migration in its own transaction.
 * Several processes may start at once: a transaction-scoped advisory lock makes them migrate one
 * after another, and each skips what another already applied. Returns the versions applied.
 */
export async function migratePostgres(database: PgDatabase): Promise<number[]> {
  await database.transaction(async (tx) => {
    // Under the lock too: two processes creating it at once would collide in PostgreSQL's catalog.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  });
  const applied: number[] = [];
  for (const migration of POSTGRES_MIGRATIONS) {
    await database.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return;
      await tx.query(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    });
  }
  return applied;
}
