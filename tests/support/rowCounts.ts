import { sqlIdentifier } from './sqlIdentifier.ts';
import type { AccordProcess } from './startAccord.ts';
import { openTestDatabase } from './testDatabase.ts';

/** The tables a Word import writes to, by what they hold: an import writes all of them or none. */
export const IMPORT_TABLES = {
  statements: 'statements',
  documentUpdates: 'document_updates',
  versions: 'statement_versions',
  threads: 'threads',
  comments: 'thread_comments',
  audit: 'audit_log',
} as const;

/**
 * How many rows each table holds, by the name the test gives it: what a test compares before and after a command
 * that must write all or nothing. `firstRow` runs one query and returns its first row, on whichever database.
 */
export async function rowCounts<Name extends string>(
  firstRow: (sql: string) => Promise<{ n: unknown } | undefined>,
  tables: Readonly<Record<Name, string>>,
): Promise<Record<Name, number>> {
  const counts = {} as Record<Name, number>;
  for (const [name, table] of Object.entries(tables) as [Name, string][]) {
    counts[name] = Number((await firstRow(`SELECT count(*) AS n FROM ${sqlIdentifier(table)}`))?.n);
  }
  return counts;
}

/** `rowCounts` of a running server's own database (SQLite or PostgreSQL), opened for the count and closed after. */
export async function storedRowCounts<Name extends string>(
  server: Pick<AccordProcess, 'dataDir' | 'databaseUrl'>,
  tables: Readonly<Record<Name, string>>,
): Promise<Record<Name, number>> {
  const database = openTestDatabase(server);
  try {
    return await rowCounts((sql) => database.get<{ n: number }>(sql), tables);
  } finally {
    await database.close();
  }
}
