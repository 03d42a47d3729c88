/**
 * Whether a store error is a unique constraint refusing a duplicate (SQLite's
 * SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505): the caller's conflict, unlike any other failure.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === '23505';
}
