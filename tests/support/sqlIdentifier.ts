/** A table or column name for SQL built by test helpers: plain lowercase names only, so nothing needs quoting. */
export function sqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return name;
}
