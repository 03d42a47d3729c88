import { connectCollab, waitForSync } from './collabClient.ts';
import { waitFor } from './waitFor.ts';

/**
 * Resolves once a fresh client of the statement sees every one of `words`: the server forwards
 * only what it has stored, so they are on disk.
 */
export function waitForStoredText(wsUrl: string, statementId: string, cookie: string | null, ...words: string[]): Promise<boolean> {
  return waitFor(
    async () => {
      const witness = connectCollab(wsUrl, statementId, cookie);
      try {
        await waitForSync(witness);
        return words.every((word) => witness.text().includes(word));
      } finally {
        witness.destroy();
      }
    },
    { message: `${words.map((word) => `"${word}"`).join(', ')} stored` },
  );
}
