import { type PostgresInstance, startPostgres } from './postgres.ts';
import { type RedisInstance, startRedis } from './redis.ts';
import { type AccordProcess, startAccord } from './startAccord.ts';

/** Several Accord processes on one throwaway PostgreSQL database and one throwaway Redis. */
export interface Cluster {
  processes: AccordProcess[];
  postgres: PostgresInstance;
  redis: RedisInstance;
  env: Record<string, string>;
  /** Starts one more process with the cluster's environment. */
  add(): Promise<AccordProcess>;
  /** Stops every process, then Redis and PostgreSQL. */
  dispose(): Promise<void>;
}

/**
 * Starts `count` processes one after another (the first migrates the database and creates the
 * secretariat account; the others find them done).
 */
export async function startCluster(count: number, env: Record<string, string> = {}): Promise<Cluster> {
  const postgres = await startPostgres();
  const redis = await startRedis();
  const clusterEnv = { DATABASE_URL: await postgres.createDatabase(), REDIS_URL: redis.url, ...env };
  const processes: AccordProcess[] = [];
  const add = async () => {
    const started = await startAccord({ env: clusterEnv });
    processes.push(started);
    return started;
  };
  try {
    for (let index = 0; index < count; index++) await add();
  } catch (error) {
    await Promise.all(processes.map((started) => started.dispose()));
    await redis.stop();
    await postgres.stop();
    throw error;
  }
  return {
    processes,
    postgres,
    redis,
    env: clusterEnv,
    add,
    async dispose() {
      await Promise.all(processes.map((started) => started.dispose()));
      await redis.stop().catch(() => undefined);
      await postgres.stop();
    },
  };
}
