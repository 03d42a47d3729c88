import { ClientProcess } from '../clients/ClientProcess.ts';
import { percentiles } from '../percentiles.ts';
import type { BenchServer } from '../servers/benchServers.ts';
import { buildLongStatement, LONG_STATEMENT } from './buildLongStatement.ts';
import type { ScenarioResult } from './ScenarioResult.ts';

const SAMPLES = 5;

/** Opens the document in a fresh client SAMPLES times: median time to "synced", and whether any sync was partial. */
async function openTimes(server: BenchServer, room: string): Promise<{ medianMs: number; integrateMs: number; partial: number }> {
  const times: number[] = [];
  const integrateTimes: number[] = [];
  let partial = 0;
  for (let sample = 0; sample < SAMPLES; sample++) {
    const client = new ClientProcess();
    try {
      const { syncMs, integrateMs, contents } = await client.request({ type: 'open', target: server.target, rooms: [room] }, 'opened');
      times.push(syncMs[0] ?? Number.NaN);
      integrateTimes.push(integrateMs[0] ?? Number.NaN);
      // +1 for Accord's first empty paragraph; anything less than the whole is a partial "synced".
      if ((contents[0] ?? 0) < LONG_STATEMENT.paragraphs) partial++;
    } finally {
      await client.close();
    }
  }
  return { medianMs: percentiles(times).p50, integrateMs: percentiles(integrateTimes).p50, partial };
}

/** c. Load: time for a fresh client to hold the whole 100-page statement, warm and after a restart. */
export async function load(server: BenchServer): Promise<ScenarioResult> {
  const [room] = await server.rooms(1);
  // Warm: the server has the document in memory (the holder keeps it open).
  const holder = await buildLongStatement(server, room!);
  const warm = await openTimes(server, room!);
  await holder.close();
  const restarted = await server.restart();
  const warmResult = { warmMs: warm.medianMs, warmIntegrateMs: warm.integrateMs };
  if (restarted === null) return { ...warmResult, coldMs: Number.NaN, coldIntegrateMs: Number.NaN, partialSyncs: warm.partial };
  try {
    // The first open after a restart is the cold one.
    const cold = new ClientProcess();
    const { syncMs, integrateMs, contents } = await cold.request({ type: 'open', target: restarted.target, rooms: [room!] }, 'opened');
    await cold.close();
    const coldPartial = (contents[0] ?? 0) < LONG_STATEMENT.paragraphs ? 1 : 0;
    return { ...warmResult, coldMs: syncMs[0] ?? Number.NaN, coldIntegrateMs: integrateMs[0] ?? Number.NaN, partialSyncs: warm.partial + coldPartial };
  } finally {
    await restarted.stop();
  }
}
