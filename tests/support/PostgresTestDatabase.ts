import pg from 'pg';
import { numberedPlaceholders } from './numberedPlaceholders.ts';
import { sqlIdentifier } from './sqlIdentifier.ts';
import type { FailingWrites, TestDatabase } from './testDatabase.ts';

const ROWS_PER_INSERT = 500;
const BOOL = 16;
const INT8 = 20;
const NUMERIC = 1700;
let triggers = 0;

/**
 * Results as SQLite gives them, so one assertion fits both: COUNT and BIGINT as numbers, BOOLEAN as
 * 1/0. Per pool, never pg.types.setTypeParser: a store opened in this process must keep booleans.
 */
const sqliteLikeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    if (oid === BOOL) return (value: string) => (value === 't' ? 1 : 0);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** The server's PostgreSQL database, beside the running server. */
export class PostgresTestDatabase implements TestDatabase {
  readonly dialect = 'postgres';
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 3, types: sqliteLikeTypes });
    this.pool.on('error', () => {});
  }

  async all<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
    return (await this.pool.query(numberedPlaceholders(sql), params.map(parameter))).rows as T[];
  }

  async get<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T | undefined> {
    return (await this.all<T>(sql, ...params))[0];
  }

  async run(sql: string, ...params: unknown[]): Promise<{ changes: number }> {
    return { changes: (await this.pool.query(numberedPlaceholders(sql), params.map(parameter))).rowCount ?? 0 };
  }

  async insertRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
    const names = columns.map(sqlIdentifier).join(', ');
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const chunk = rows.slice(start, start + ROWS_PER_INSERT);
        const values = chunk.map((_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`);
        await client.query(`INSERT INTO ${sqlIdentifier(table)} (${names}) VALUES ${values.join(', ')}`, chunk.flat().map(parameter));
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async failNextWrites(table: string, message: string, { on = 'INSERT', when = {} }: FailingWrites = {}): Promise<() => Promise<void>> {
    const trigger = `test_failure_${process.pid}_${++triggers}`;
    const row = on === 'DELETE' ? 'OLD' : 'NEW';
    const conditions = Object.entries(when).map(([column, value]) => `${row}.${sqlIdentifier(column)} = ${quoted(value)}`);
    const condition = conditions.length === 0 ? '' : ` WHEN (${conditions.join(' AND ')})`;
    await this.pool.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%', ${quoted(message)}; END $$`);
    await this.pool.query(`CREATE TRIGGER ${trigger} BEFORE ${on} ON ${sqlIdentifier(table)} FOR EACH ROW${condition} EXECUTE FUNCTION ${trigger}()`);
    return async () => {
      await this.pool.query(`DROP TRIGGER IF EXISTS ${trigger} ON ${sqlIdentifier(table)}`);
      await this.pool.query(`DROP FUNCTION IF EXISTS ${trigger}()`);
    };
  }

  async holdWriteLock(table: string): Promise<() => Promise<void>> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // EXCLUSIVE: reads go on, every INSERT/UPDATE/DELETE waits for the COMMIT.
      await client.query(`LOCK TABLE ${sqlIdentifier(table)} IN EXCLUSIVE MODE`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      throw error;
    }
    return async () => {
      try {
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
  }

  async dropAuditUpdateGuard(): Promise<void> {
    // PostgreSQL guards UPDATE and DELETE with one trigger: put back the DELETE half alone, as SQLite has it.
    await this.pool.query(`DROP TRIGGER audit_log_no_change ON audit_log;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** pg sends a Buffer as BYTEA; a plain Uint8Array (a Yjs update) becomes one without copying. */
function parameter(value: unknown): unknown {
  return value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value;
}

function quoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
