import type { Environment } from '../env.ts';
import type { Logger } from '../logger.ts';
import { openPostgresStore } from './postgres/openPostgresStore.ts';
import { openSqliteStore } from './sqlite/openSqliteStore.ts';
import type { Store } from './Store.ts';

/** The configured store: PostgreSQL when DATABASE_URL is set, else embedded SQLite in DATA_DIR. */
export function openStore(env: Environment, logger: Logger): Promise<Store> {
  if (env.DATABASE_URL !== undefined) return openPostgresStore(env.DATABASE_URL, logger);
  return Promise.resolve(openSqliteStore(env.DATA_DIR, env.ACCORD_SQLITE_SYNCHRONOUS));
}
