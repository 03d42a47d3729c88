/**
 * SQLite's `ORDER BY <column> COLLATE NOCASE` in PostgreSQL: ASCII letters folded, then byte order,
 * whatever collation the database was created with (so lists sort the same on both stores). Equal
 * names follow in creation order, as SQLite's rowid order leaves them (for tables with `created_at` and `id`).
 */
export function caseInsensitiveOrder(column: string): string {
  return `translate(${column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C", created_at, id`;
}
