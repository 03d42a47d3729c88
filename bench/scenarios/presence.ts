import type { BenchServer } from '../servers/benchServers.ts';
import { fanOut } from './fanOut.ts';
import type { ScenarioResult } from './ScenarioResult.ts';

const CLIENTS = 300;
/** Readers mostly read: each moves its caret every 5 s on average (60 moves a second among 300). */
const CARET_MOVE_EVERY_MS = 5_000;

/**
 * g. Presence: 300 clients in one document, one of them typing, first with presence off, then on
 * (names and carets shared; the writer's caret follows its typing; readers move theirs now and then).
 * The figure that matters is the p95 with presence against the p95 without, on the same server.
 */
export async function presence(server: BenchServer): Promise<ScenarioResult> {
  const without = await fanOut(server, CLIENTS - 1, { presence: false });
  const withPresence = await fanOut(server, CLIENTS - 1, { presence: true, caretMoveEveryMs: CARET_MOVE_EVERY_MS });
  return {
    p50Without: without.p50!,
    p95Without: without.p95!,
    p50With: withPresence.p50!,
    p95With: withPresence.p95!,
    p95Ratio: withPresence.p95! / without.p95!,
    lost: without.lost! + withPresence.lost!,
    cpuMicrosecondsPerDelivered: withPresence.cpuMicrosecondsPerDelivered!,
  };
}
