import { connectCollab, waitForSync } from './collabClient.ts';
import { writeParagraphs } from './textAnchors.ts';
import { waitForStoredText } from './waitForStoredText.ts';

/** Writes paragraphs into a statement as a writer (cookie) would, and resolves once they are stored. */
export async function writeStoredText(wsUrl: string, statementId: string, cookie: string | null, paragraphs: readonly string[]): Promise<void> {
  const writer = connectCollab(wsUrl, statementId, cookie);
  try {
    await waitForSync(writer);
    writeParagraphs(writer.doc, paragraphs);
    await waitForStoredText(wsUrl, statementId, cookie, ...paragraphs);
  } finally {
    writer.destroy();
  }
}
