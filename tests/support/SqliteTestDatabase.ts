import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { sqlIdentifier } from './sqlIdentifier.ts';
import type { FailingWrites, TestDatabase } from './testDatabase.ts';

const ROWS_PER_INSERT = 500;
let triggers = 0;

/** The server's SQLite file, opened beside the running server (WAL allows it). */
export class SqliteTestDatabase implements TestDatabase {
  readonly dialect = 'sqlite';
  private readonly file: string;
  private readonly database: Database;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'accord.sqlite');
    this.database = SqliteTestDatabase.open(this.file);
  }

  private static open(file: string): Database {
    const database = new BetterSqlite3(file, { fileMustExist: true });
    database.pragma('busy_timeout = 5000');
    return database;
  }

  async all<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
    return this.database.prepare(sql).all(...params) as T[];
  }

  async get<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T | undefined> {
    return this.database.prepare(sql).get(...params) as T | undefined;
  }

  async run(sql: string, ...params: unknown[]): Promise<{ changes: number }> {
    return { changes: this.database.prepare(sql).run(...params).changes };
  }

  async insertRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
    const names = columns.map(sqlIdentifier).join(', ');
    const row = `(${columns.map(() => '?').join(', ')})`;
    this.database.transaction(() => {
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const chunk = rows.slice(start, start + ROWS_PER_INSERT);
        this.database.prepare(`INSERT INTO ${sqlIdentifier(table)} (${names}) VALUES ${chunk.map(() => row).join(', ')}`).run(...chunk.flat());
      }
    })();
  }

  async failNextWrites(table: string, message: string, { on = 'INSERT', when = {} }: FailingWrites = {}): Promise<() => Promise<void>> {
    const trigger = `test_failure_${++triggers}`;
    const row = on === 'DELETE' ? 'OLD' : 'NEW';
    const conditions = Object.entries(when).map(([column, value]) => `${row}.${sqlIdentifier(column)} = ${quoted(value)}`);
    const condition = conditions.length === 0 ? '' : ` WHEN ${conditions.join(' AND ')}`;
    this.database.exec(`CREATE TRIGGER ${trigger} BEFORE ${on} ON ${sqlIdentifier(table)}${condition} BEGIN SELECT RAISE(ABORT, ${quoted(message)}); END`);
    return async () => {
      this.database.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
    };
  }

  async holdWriteLock(_table: string): Promise<() => Promise<void>> {
    // A second connection: this one stays free for reads while the lock is held.
    const blocker = SqliteTestDatabase.open(this.file);
    blocker.exec('BEGIN IMMEDIATE');
    return async () => {
      blocker.exec('COMMIT');
      blocker.close();
    };
  }

  async dropAuditUpdateGuard(): Promise<void> {
    this.database.exec('DROP TRIGGER audit_log_no_update');
  }

  async close(): Promise<void> {
    this.database.close();
  }
}

function quoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
