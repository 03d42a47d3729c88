import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResultView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { readStoredDocument } from '../support/readStoredDocument.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';

/**
 * Finding M10: a search loaded every readable statement's document into memory. Now it asks the
 * full text index. Proof without timing: after a restart no document is in memory; a search that
 * finds a statement's text loads none (no "document loaded" debug line, and its uncompacted update
 * log stays uncompacted, which loading it with ACCORD_COMPACT_AFTER_UPDATES=1 would fold away).
 */
describe('search uses the index, not the documents', () => {
  let first: AccordProcess;
  let second: AccordProcess | undefined;
  let secretariat: ApiClient;
  let statementId: string;

  const search = async (client: ApiClient, q: string) => client.get<SearchResultView[]>(`/api/search?q=${encodeURIComponent(q)}`);
  const loadedLines = (server: AccordProcess) => server.output.filter((line) => line.includes('"document loaded"'));

  beforeAll(async () => {
    first = await startAccord({ env: { LOG_LEVEL: 'debug' } });
    secretariat = await signInAsSecretariat(first);
    for (let index = 0; index < 30; index++) await createStatement(secretariat, `Filler statement ${index}`);
    statementId = (await createStatement(secretariat, 'Statement on routing security')).id;
    const writer = connectCollab(first.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Resource public key infrastructure protects origin announcements.']);
    await waitFor(async () => (await search(secretariat, 'announcements')).body.length > 0, { message: 'the text indexed' });
    writer.destroy();
    // A crash: nothing compacted on the way out, so the update log is still there.
    await first.kill();
    expect((await readStoredDocument(first, statementId)).updateCount).toBeGreaterThan(0);
    // The same database: the same data directory, and on PostgreSQL the same database URL.
    const sameDatabase: Record<string, string> = first.databaseUrl === undefined ? {} : { DATABASE_URL: first.databaseUrl };
    second = await startAccord({ dataDir: first.dataDir, env: { LOG_LEVEL: 'debug', ACCORD_COMPACT_AFTER_UPDATES: '1', ...sameDatabase } });
    secretariat = await signInAsSecretariat(second);
  });

  afterAll(async () => {
    await second?.dispose();
    await first?.dispose();
  });

  it('finds words of a statement whose document is not loaded, and loads none', async () => {
    const found = await search(secretariat, 'ORIGIN announce');
    expect(found.status).toBe(200);
    expect(found.body).toEqual([expect.objectContaining({ kind: 'statement', statementId, snippet: expect.stringContaining('origin announcements') })]);
    expect((await search(secretariat, 'filler statement')).body).toHaveLength(30);
    expect(loadedLines(second!)).toEqual([]);
    expect((await readStoredDocument(second!, statementId)).updateCount).toBeGreaterThan(0);

    // The probe works: opening the document does load it (and compacts it).
    const reader = connectCollab(second!.wsUrl, statementId, secretariat.cookie);
    await waitForSync(reader);
    reader.destroy();
    await waitFor(() => loadedLines(second!).length === 1, { message: 'a "document loaded" line' });
  });

  it('treats query syntax as plain words, never as an error', async () => {
    for (const q of ['"unbalanced', 'NEAR(origin', 'origin*', 'a OR b -c', '^^ :: ))', 'key:value', "routing' --"]) {
      const response = await search(secretariat, q);
      expect(response.status, q).toBe(200);
      expect(Array.isArray(response.body), q).toBe(true);
    }
    expect((await search(secretariat, '"routing" (security)')).body).toEqual([expect.objectContaining({ statementId })]);
  });
});
