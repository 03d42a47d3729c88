import type { Page } from 'playwright-core';

/**
 * How many Yjs updates y-indexeddb holds for a statement in this browser (its offline copy, named
 * `accord-<userId>-statement-<id>`); 0 when there is none.
 */
export function storedUpdateCount(page: Page, statementId: string): Promise<number> {
  return page.evaluate(async (suffix) => {
    const name = (await indexedDB.databases()).map((database) => database.name).find((candidate) => candidate?.endsWith(suffix));
    if (name === undefined) return 0;
    return new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const database = request.result;
        const counting = database.transaction('updates', 'readonly').objectStore('updates').count();
        counting.onsuccess = () => {
          resolve(counting.result);
          database.close();
        };
        counting.onerror = () => reject(counting.error);
      };
    });
  }, `-statement-${statementId}`);
}
