import { ClientProcess } from '../clients/ClientProcess.ts';
import type { BenchServer } from '../servers/benchServers.ts';

export const LONG_STATEMENT = { paragraphs: 2_000, charactersPerParagraph: 150, editsPerClient: 5_000, clients: 3 };

/**
 * The 100-page statement: about 300,000 characters in 2,000 paragraphs, written by 3 clients in
 * about 15,000 small edits through the server. Resolves once a witness client holds all of it,
 * with a holder client that keeps it open (servers without storage forget a document nobody has
 * open); the caller closes the holder.
 */
export async function buildLongStatement(server: BenchServer, room: string): Promise<ClientProcess> {
  const writers = Array.from({ length: LONG_STATEMENT.clients }, () => new ClientProcess());
  const witness = new ClientProcess();
  const holder = new ClientProcess();
  await holder.request({ type: 'open', target: server.target, rooms: [room] }, 'opened');
  try {
    await Promise.all(writers.map((process) => process.request({ type: 'open', target: server.target, rooms: [room] }, 'opened')));
    await Promise.all(
      writers.map((process, clientIndex) =>
        process.request(
          {
            type: 'fill',
            paragraphs: LONG_STATEMENT.paragraphs,
            charactersPerParagraph: LONG_STATEMENT.charactersPerParagraph,
            editsPerClient: LONG_STATEMENT.editsPerClient,
            clientIndex,
            clientCount: LONG_STATEMENT.clients,
          },
          'filled',
          180_000,
        ),
      ),
    );
    // Bounded wait until a fresh client holds every paragraph.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { contents } = await witness.request({ type: 'open', target: server.target, rooms: [room] }, 'opened');
      await witness.request({ type: 'close' }, 'closed');
      if ((contents[0] ?? 0) >= LONG_STATEMENT.paragraphs) break;
      if (Date.now() > deadline) throw new Error(`the long statement did not arrive whole (${contents[0]} paragraphs)`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return holder;
  } catch (error) {
    await holder.close();
    throw error;
  } finally {
    await Promise.all([...writers, witness].map((process) => process.close()));
  }
}
