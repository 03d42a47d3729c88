/**
 * The IndexedDB database holding one user's offline copy of one statement. Keyed by user, so the
 * next person on a shared browser never opens (or sends, under their own name) someone else's
 * copy, and sign-out can find and delete exactly its own (L10).
 */
export function offlineDatabaseName(userId: string, statementId: string): string {
  return `accord-${userId}-statement-${statementId}`;
}
