import { ClientProcess } from '../clients/ClientProcess.ts';
import type { BenchServer } from '../servers/benchServers.ts';
import type { ScenarioResult } from './ScenarioResult.ts';

const WRITERS = 20;
const EDITS_PER_WRITER = 1_000;

/** d. Throughput: 20 writers, 20,000 edits in all, on one document; what an observer receives. */
export async function throughput(server: BenchServer): Promise<ScenarioResult> {
  const [room] = await server.rooms(1);
  const observer = new ClientProcess();
  const writerProcesses = [new ClientProcess(), new ClientProcess()];
  try {
    await observer.request({ type: 'open', target: server.target, rooms: [room!] }, 'opened');
    await Promise.all(
      writerProcesses.map((process) =>
        process.request({ type: 'open', target: server.target, rooms: Array.from({ length: WRITERS / 2 }, () => room!) }, 'opened'),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const total = WRITERS * EDITS_PER_WRITER;
    const reached = observer.request({ type: 'waitForLength', length: total, timeoutMs: 60_000 }, 'reached', 90_000);
    const cpuBefore = server.stats().cpuSeconds;
    const bursts = await Promise.all(writerProcesses.map((process) => process.request({ type: 'burst', edits: EDITS_PER_WRITER }, 'bursted')));
    const { at, length } = await reached;
    const cpuSeconds = server.stats().cpuSeconds - cpuBefore;
    const startedAt = Math.min(...bursts.map((burst) => burst.startedAt));
    return {
      editsPerSecond: (length / (at - startedAt)) * 1000,
      cpuSecondsPer1000: (cpuSeconds / length) * 1000,
      lost: total - length,
      peakRssMiB: server.stats().peakRssBytes / 2 ** 20,
    };
  } finally {
    await Promise.all([observer.close(), ...writerProcesses.map((process) => process.close())]);
  }
}
