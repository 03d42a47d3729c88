import { startPostgres } from '../../tests/support/postgres.ts';
import { startRedis } from '../../tests/support/redis.ts';
import { readProcessTreeStats, type ProcessStats } from '../procStats.ts';
import type { BenchServer, ServerKind, StartOptions } from './benchServers.ts';

/** Three processes behind no balancer: clients are spread over them, as a proxy without sticky sessions would. */
const PROCESSES = 3;

type StartOne = (kind: ServerKind, options: StartOptions) => Promise<BenchServer>;

function sum(all: ProcessStats[]): ProcessStats {
  return all.reduce(
    (total, stats) => ({
      cpuSeconds: total.cpuSeconds + stats.cpuSeconds,
      rssBytes: total.rssBytes + stats.rssBytes,
      peakRssBytes: total.peakRssBytes + stats.peakRssBytes,
    }),
    { cpuSeconds: 0, rssBytes: 0, peakRssBytes: 0 },
  );
}

/**
 * Accord scaled out: three processes on one PostgreSQL (durable: fsync on, as SQLite's figures are
 * with synchronous=FULL) and one Redis, all on this machine. Its CPU and memory are the three
 * processes plus PostgreSQL (with its backends) and Redis: the whole cost of serving.
 */
export async function startClusterBenchServer(startOne: StartOne): Promise<BenchServer> {
  const postgres = await startPostgres({ durable: true });
  const redis = await startRedis();
  const env = { DATABASE_URL: await postgres.createDatabase('accord_bench'), REDIS_URL: redis.url };
  const started: BenchServer[] = [];
  // One after another: the first migrates the database and creates the account the others sign in with.
  for (let index = 0; index < PROCESSES; index++) started.push(await startOne('accord', { env }));
  const cluster = (processes: BenchServer[]): BenchServer => ({
    kind: 'accord-cluster',
    target: {
      kind: 'accord-cluster',
      wsUrl: processes[0]!.target.wsUrl,
      wsUrls: processes.map((process) => process.target.wsUrl),
      cookie: processes[0]!.target.cookie,
    },
    httpUrl: processes[0]!.httpUrl,
    stats: () => sum([...processes.map((process) => process.stats()), readProcessTreeStats(postgres.pid), readProcessTreeStats(redis.pid())]),
    rooms: (count) => processes[0]!.rooms(count),
    async restart() {
      // Every process at once (PostgreSQL and Redis stay up), as after a crash of the whole tier.
      const restarted = await Promise.all(processes.map((process) => process.restart()));
      return cluster(restarted.filter((process): process is BenchServer => process !== null));
    },
    async stop() {
      await Promise.all(processes.map((process) => process.stop()));
      await redis.stop();
      await postgres.stop();
    },
  });
  return cluster(started);
}
