/**
 * SQLite's `ORDER BY <column> COLLATE NOCASE` in PostgreSQL: ASCII letters folded, then byte order,
 * whatever collation the database was created with (so lists sort the same on both stores).
 */
export function caseInsensitiveOrder(column: string): string {
  return `translate(${column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C"`;
}
