import { postgresBinaries } from '../tests/support/postgres.ts';
import { ensureDebianPackages } from './ensureDebianPackages.ts';

/** The integration suite runs a second time on a throwaway PostgreSQL cluster (tests/support/postgres.ts). */
export function ensurePostgres(): void {
  ensureDebianPackages('PostgreSQL (initdb and postgres under /usr/lib/postgresql)', () => postgresBinaries() !== null, ['postgresql']);
}
