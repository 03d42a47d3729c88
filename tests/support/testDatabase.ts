import { PostgresTestDatabase } from './PostgresTestDatabase.ts';
import { SqliteTestDatabase } from './SqliteTestDatabase.ts';
import type { AccordProcess } from './startAccord.ts';

/** A statement that makes the store fail: which writes, on which rows. */
export interface FailingWrites {
  /** The operation that fails (default INSERT). */
  on?: 'INSERT' | 'DELETE';
  /** Only rows whose columns hold these values (NEW's for INSERT, OLD's for DELETE). */
  when?: Readonly<Record<string, string>>;
}

/**
 * The running server's own database, SQLite or PostgreSQL, for tests that must reach what the API
 * never exposes (an expiry moved into the past, a tampered row, an injected failure). SQL is
 * written once with `?` placeholders; results look the same on both: counts and BIGINTs are
 * numbers, BOOLEANs are 1/0 as SQLite stores them, blobs are Buffers.
 */
export interface TestDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** The first row, or undefined when there is none. */
  get<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  run(sql: string, ...params: unknown[]): Promise<{ changes: number }>;
  /** Inserts many rows in one transaction (multi-row INSERTs: fast on both databases). */
  insertRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void>;
  /**
   * Installs a trigger that makes every such write to `table` fail with `message`, until the
   * returned function removes it.
   */
  failNextWrites(table: string, message: string, writes?: FailingWrites): Promise<() => Promise<void>>;
  /**
   * Holds a lock that keeps the server from writing to `table` (SQLite: the whole file's write
   * lock; PostgreSQL: the table's EXCLUSIVE lock) until the returned function releases it.
   */
  holdWriteLock(table: string): Promise<() => Promise<void>>;
  /** Removes what refuses UPDATEs of audit_log (DELETEs stay refused): tampering by someone with the database. */
  dropAuditUpdateGuard(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the server's database: PostgreSQL when it runs on one (`server.databaseUrl`), else its SQLite file. */
export function openTestDatabase(server: Pick<AccordProcess, 'dataDir' | 'databaseUrl'>): TestDatabase {
  return server.databaseUrl === undefined ? new SqliteTestDatabase(server.dataDir) : new PostgresTestDatabase(server.databaseUrl);
}
