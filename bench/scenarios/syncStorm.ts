import { ClientProcess } from '../clients/ClientProcess.ts';
import type { BenchServer } from '../servers/benchServers.ts';
import { buildLongStatement } from './buildLongStatement.ts';
import { fanOut } from './fanOut.ts';
import type { ScenarioResult } from './ScenarioResult.ts';

/**
 * f. Sync storm: 20 clients open and close the 100-page statement again and again while a writer
 * types into a small document with 10 readers; the small document's p99 with and without the storm.
 */
export async function syncStorm(server: BenchServer): Promise<ScenarioResult> {
  const [bigRoom] = await server.rooms(1);
  const holder = await buildLongStatement(server, bigRoom!);
  const quiet = await fanOut(server, 10);
  const storm = new ClientProcess();
  try {
    const storming = storm.request({ type: 'storm', target: server.target, room: bigRoom!, clients: 20, durationMs: 9_000 }, 'stormed', 120_000);
    const loud = await fanOut(server, 10);
    const { rounds } = await storming;
    return { quietP99: quiet.p99 ?? Number.NaN, stormP99: loud.p99 ?? Number.NaN, stormRounds: rounds, lost: loud.lost ?? Number.NaN };
  } finally {
    await Promise.all([storm.close(), holder.close()]);
  }
}
