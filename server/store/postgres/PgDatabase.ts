import pg from 'pg';

/** Anything queries run on: the pool (each query on its own) or one transaction's client. */
export interface PgQueryable {
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: readonly unknown[]): Promise<Row[]>;
}

/** SQLSTATEs worth running a whole transaction again for: the other transaction won; ours saw nothing. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

/**
 * The PostgreSQL connection pool, and transactions on it. Store methods are commands: each runs in
 * one `transaction(...)`, which commits or rolls back whole (and is retried, whole, after a
 * serialisation failure or deadlock), so a command and its audit entry land together or not at all.
 */
export class PgDatabase implements PgQueryable {
  private constructor(private readonly pool: pg.Pool) {}

  static connect(url: string, max = 20, onIdleError: (error: Error) => void = () => {}): PgDatabase {
    const pool = new pg.Pool({ connectionString: url, max, application_name: 'accord' });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', onIdleError);
    return new PgDatabase(pool);
  }

  async query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<Row[]> {
    return (await this.pool.query<Row>(text, values as unknown[])).rows;
  }

  async transaction<T>(work: (tx: PgQueryable) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      const tx: PgQueryable = { query: async (text, values = []) => (await client.query(text, values as unknown[])).rows };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        const code = (error as { code?: string }).code;
        if (attempt < ATTEMPTS && code !== undefined && RETRYABLE.has(code)) continue;
        throw error;
      } finally {
        client.release();
      }
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
