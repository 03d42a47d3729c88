import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migratePostgres } from '../../server/store/postgres/migratePostgres.ts';
import { PgDatabase } from '../../server/store/postgres/PgDatabase.ts';
import { statementStores } from '../../server/store/postgres/statementStores.ts';
import { openSqliteStore } from '../../server/store/sqlite/openSqliteStore.ts';
import type { Store } from '../../server/store/Store.ts';
import { type PostgresInstance, startPostgres } from './postgres.ts';

export type StatementGroup = Pick<
  Store,
  'statements' | 'threads' | 'versions' | 'wordImports' | 'signatures' | 'publications' | 'documents' | 'publicSite' | 'search'
>;

/** One fresh database behind the statement group's stores, and plain SQL on it for what other groups own. */
export interface StatementGroupDatabase {
  stores: StatementGroup;
  /** Plain SQL with `?` placeholders, the same text on both databases. */
  sql(text: string, values?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A kind of database the contract tests run on: started once per file, a fresh database per test. */
export interface StatementGroupBackend {
  name: string;
  start(): Promise<void>;
  open(): Promise<StatementGroupDatabase>;
  stop(): Promise<void>;
}

export function sqliteBackend(): StatementGroupBackend {
  return {
    name: 'SQLite',
    async start() {},
    async open() {
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-statement-stores-'));
      const store = openSqliteStore(directory, 'normal');
      const raw = new BetterSqlite3(path.join(directory, 'accord.sqlite'));
      raw.pragma('busy_timeout = 5000');
      return {
        stores: store,
        async sql(text, values = []) {
          const statement = raw.prepare(text);
          if (statement.reader) return statement.all(...values) as Record<string, unknown>[];
          statement.run(...values);
          return [];
        },
        async close() {
          raw.close();
          await store.close();
          fs.rmSync(directory, { recursive: true, force: true });
        },
      };
    },
    async stop() {},
  };
}

/** One throwaway cluster; each test's database is a copy of one migrated template (fast). */
export function postgresBackend(): StatementGroupBackend {
  let cluster: PostgresInstance | undefined;
  let admin: PgDatabase | undefined;
  let counter = 0;
  const template = 'statement_stores_template';
  return {
    name: 'PostgreSQL',
    async start() {
      cluster = await startPostgres();
      const templateDatabase = PgDatabase.connect(await cluster.createDatabase(template), 2);
      await migratePostgres(templateDatabase);
      await templateDatabase.close();
      admin = PgDatabase.connect(cluster.url, 1);
    },
    async open() {
      if (cluster === undefined || admin === undefined) throw new Error('PostgreSQL was not started');
      const name = `statement_stores_${++counter}`;
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      const database = PgDatabase.connect(cluster.url.replace(/\/postgres$/, `/${name}`), 10);
      return {
        stores: statementStores(database),
        async sql(text, values = []) {
          let index = 0;
          return database.query(
            text.replace(/\?/g, () => `$${++index}`),
            values,
          );
        },
        close: () => database.close(),
      };
    },
    async stop() {
      await admin?.close();
      await cluster?.stop();
    },
  };
}
