import type { TestProject } from 'vitest/node';
import { ensurePostgres } from '../../scripts/ensurePostgres.ts';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's maintenance database: startAccord makes one database per server on it. */
    postgresUrl: string;
  }
}

/** The integration suite's second run: one throwaway PostgreSQL cluster for all its servers. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensurePostgres();
  const cluster = await startPostgres();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
