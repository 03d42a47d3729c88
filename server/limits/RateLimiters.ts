import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Names the limit; distinct limits must not share one (with Redis they would share counters). */
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
}

/** Redis keys of every limit start with this. */
const REDIS_PREFIX = 'accord:limit:';

/**
 * Makes every rate limit of the process from the same options: in memory for a single process, in
 * Redis (shared by every process) with REDIS_URL. A Redis limit falls back to its own memory limit
 * while Redis is away or slow, so an outage loosens limits to one process's share instead of
 * refusing everyone.
 */
export class RateLimiters {
  constructor(private readonly redis: Redis | null) {}

  create(options: RateLimitOptions): RateLimiterAbstract {
    const memory = new RateLimiterMemory(options);
    if (this.redis === null) return memory;
    return new RateLimiterRedis({
      ...options,
      keyPrefix: `${REDIS_PREFIX}${options.keyPrefix}`,
      storeClient: this.redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }
}
