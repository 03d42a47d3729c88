import { ClientProcess } from '../clients/ClientProcess.ts';
import { percentiles } from '../percentiles.ts';
import type { BenchServer } from '../servers/benchServers.ts';
import type { ScenarioResult } from './ScenarioResult.ts';

const CHARACTERS_PER_SECOND = 30;
const KEYSTROKES = 150;

export interface FanOutOptions {
  /** Names and carets: on (the writer's caret follows its typing, readers move theirs), off, or the provider's default. */
  presence?: boolean;
  /** With presence on, how often each reader moves its caret, on average. */
  caretMoveEveryMs?: number;
}

/**
 * a. Fan-out latency: one writer typing 30 characters a second into a document with N readers;
 * latency from the writer's transaction to each reader's observer, and what was lost. On a cluster,
 * the writer is on the first process and the readers are spread over all of them.
 */
export async function fanOut(server: BenchServer, readers: number, options: FanOutOptions = {}): Promise<ScenarioResult> {
  const [room] = await server.rooms(1);
  const writer = new ClientProcess();
  const readerProcesses = [new ClientProcess(), new ClientProcess()];
  try {
    await writer.request({ type: 'open', target: server.target, rooms: [room!], presence: options.presence }, 'opened');
    let firstProcess = 1;
    await Promise.all(
      readerProcesses.map((process, index) => {
        const share = Math.floor(readers / readerProcesses.length) + (index < readers % readerProcesses.length ? 1 : 0);
        const opened = process.request(
          { type: 'open', target: server.target, rooms: Array.from({ length: share }, () => room!), firstProcess, presence: options.presence },
          'opened',
        );
        firstProcess += share;
        return opened;
      }),
    );
    await Promise.all(readerProcesses.map((process) => process.request({ type: 'record' }, 'recording')));
    if (options.presence === true && options.caretMoveEveryMs !== undefined) {
      const everyMs = options.caretMoveEveryMs;
      await Promise.all(readerProcesses.map((process) => process.request({ type: 'wander', everyMs }, 'wandering')));
    }
    // Let the connection burst (sync, presence) settle, so it does not count as typing latency.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const cpuBefore = server.stats().cpuSeconds;
    const { sendTimes } = await writer.request({ type: 'type', charactersPerSecond: CHARACTERS_PER_SECOND, count: KEYSTROKES }, 'typed');
    // Let the last keystrokes arrive (bounded).
    const deadline = Date.now() + 5_000;
    let reports = await Promise.all(readerProcesses.map((process) => process.request({ type: 'report' }, 'report')));
    while (Date.now() < deadline && reports.some((report) => report.lengths.some((length) => length < KEYSTROKES))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      reports = await Promise.all(readerProcesses.map((process) => process.request({ type: 'report' }, 'report')));
    }
    const cpuSeconds = server.stats().cpuSeconds - cpuBefore;
    const latencies: number[] = [];
    let delivered = 0;
    for (const report of reports) {
      for (const receipts of report.receipts) {
        for (let sequence = 1; sequence <= KEYSTROKES; sequence++) {
          const received = receipts[sequence];
          const sent = sendTimes[sequence];
          if (received !== undefined && received !== null && sent !== undefined) {
            latencies.push(received - sent);
            delivered++;
          }
        }
      }
    }
    const expected = KEYSTROKES * readers;
    const latency = percentiles(latencies);
    return {
      p50: latency.p50,
      p95: latency.p95,
      p99: latency.p99,
      max: latency.max,
      lost: expected - delivered,
      cpuMicrosecondsPerDelivered: delivered === 0 ? Number.NaN : (cpuSeconds * 1e6) / delivered,
    };
  } finally {
    await Promise.all([writer.close(), ...readerProcesses.map((process) => process.close())]);
  }
}
