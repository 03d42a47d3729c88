import type { Logger } from '../../logger.ts';
import type { Store } from '../Store.ts';
import { accountStores } from './accountStores.ts';
import { migratePostgres } from './migratePostgres.ts';
import { PgDatabase } from './PgDatabase.ts';
import { reachingStores } from './reachingStores.ts';
import { statementStores } from './statementStores.ts';

/** Connects to `DATABASE_URL`, brings its schema up to date (one process at a time) and gives the whole store on it. */
export async function openPostgresStore(url: string, logger: Logger): Promise<Store> {
  // The message only: an error's details may carry the connection string.
  const database = PgDatabase.connect(url, 20, (error) => logger.warn({ error: error.message }, 'an idle postgresql connection failed; the pool replaces it'));
  await migratePostgres(database);
  return {
    ...accountStores(database),
    ...statementStores(database),
    ...reachingStores(database),
    close: () => database.close(),
  };
}
