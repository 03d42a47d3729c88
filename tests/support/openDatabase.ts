import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';

/**
 * The server's SQLite file, opened beside the running server (WAL allows it): for tests that must
 * reach what the API never exposes, such as moving an expiry into the past or tampering with a row.
 */
export function openDatabase(dataDir: string): Database {
  const database = new BetterSqlite3(path.join(dataDir, 'accord.sqlite'));
  database.pragma('busy_timeout = 5000');
  return database;
}
