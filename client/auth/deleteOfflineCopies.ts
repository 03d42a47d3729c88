/** Before L10, offline copies were named by statement only; any left in this browser go too. */
const UNKEYED_PREFIX = 'accord-statement-';

/**
 * Deletes every offline statement copy this user left in the browser, and any from before they
 * were keyed by user. Best effort: a browser without `indexedDB.databases()` keeps them.
 */
export async function deleteOfflineCopies(userId: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const own = `accord-${userId}-statement-`;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name !== undefined && (name.startsWith(own) || name.startsWith(UNKEYED_PREFIX)))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            // An open tab blocks the deletion until it closes its copy; sign-out need not wait for it.
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}
