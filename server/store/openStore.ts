import type { Environment } from '../env.ts';
import { openSqliteStore } from './sqlite/openSqliteStore.ts';
import type { Store } from './Store.ts';

/** The configured store: embedded SQLite in DATA_DIR (PostgreSQL through DATABASE_URL comes next). */
export function openStore(env: Environment): Store {
  if (env.DATABASE_URL !== undefined) {
    throw new Error('DATABASE_URL (PostgreSQL) is not supported yet; unset it to use the embedded SQLite store');
  }
  return openSqliteStore(env.DATA_DIR, env.ACCORD_SQLITE_SYNCHRONOUS);
}
