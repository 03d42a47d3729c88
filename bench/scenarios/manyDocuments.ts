import { ClientProcess } from '../clients/ClientProcess.ts';
import type { BenchServer } from '../servers/benchServers.ts';
import type { ScenarioResult } from './ScenarioResult.ts';

const DOCUMENTS = 200;
const CHARACTERS = 20_000;

/** b. Many documents: 200 documents, 2 clients and 20 KB of text each; open time and memory per document. */
export async function manyDocuments(server: BenchServer): Promise<ScenarioResult> {
  const rooms = await server.rooms(DOCUMENTS);
  const writers = new ClientProcess();
  const readers = new ClientProcess();
  try {
    const baseline = server.stats().rssBytes;
    await writers.request({ type: 'open', target: server.target, rooms }, 'opened', 180_000);
    await writers.request({ type: 'fillText', characters: CHARACTERS }, 'filled', 180_000);
    const started = Date.now();
    await readers.request({ type: 'open', target: server.target, rooms }, 'opened', 180_000);
    await readers.request({ type: 'waitForAllLengths', length: CHARACTERS, timeoutMs: 60_000 }, 'reached', 90_000);
    const openMs = Date.now() - started;
    const loaded = server.stats().rssBytes;
    await Promise.all([writers.request({ type: 'close' }, 'closed'), readers.request({ type: 'close' }, 'closed')]);
    // Idle long enough for a server that unloads idle documents to do so (Accord: 2 s in the bench).
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const idle = server.stats().rssBytes;
    return {
      openMs,
      memoryPerDocumentKiB: (loaded - baseline) / DOCUMENTS / 1024,
      idleMemoryPerDocumentKiB: (idle - baseline) / DOCUMENTS / 1024,
    };
  } finally {
    await Promise.all([writers.close(), readers.close()]);
  }
}
