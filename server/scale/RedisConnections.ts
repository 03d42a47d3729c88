import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.ts';

/** Reconnect quickly at first, then every two seconds for as long as Redis is away. */
const RECONNECT: RedisOptions = { retryStrategy: (attempt) => Math.min(100 * attempt, 2_000) };

/**
 * This process's two links to Redis (REDIS_URL): `commands` for everything that asks Redis
 * something (rate limits, publishing), and `subscriber`, which Redis reserves for pub/sub once it
 * subscribes. Both reconnect by themselves; losing and regaining each is logged once, without the
 * URL (it may carry a password).
 */
export class RedisConnections {
  /**
   * Fails a command at once while Redis is away (no offline queue) and after two seconds when a
   * reply never comes: callers fall back (rate limits) or retry once it is back (revocations).
   */
  readonly commands: Redis;
  /** Queues its subscriptions until connected and subscribes again after every reconnect. */
  readonly subscriber: Redis;
  private closing = false;

  constructor(url: string, logger: Logger) {
    this.commands = new Redis(url, { ...RECONNECT, connectionName: 'accord', enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2_000 });
    this.subscriber = new Redis(url, { ...RECONNECT, connectionName: 'accord-subscriber' });
    logLinkState(this.commands, logger.child({ redis: 'commands' }), () => this.closing);
    logLinkState(this.subscriber, logger.child({ redis: 'subscriber' }), () => this.closing);
  }

  /** Closes both links: politely when connected, at once when Redis is away (nothing waits for it). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      [this.commands, this.subscriber].map(async (connection) => {
        if (connection.status === 'ready') await connection.quit().catch(() => undefined);
        connection.disconnect();
      }),
    );
  }
}

/** One line when the link comes up, one when it is lost (with the first error), one when it is back. */
function logLinkState(connection: Redis, logger: Logger, closing: () => boolean): void {
  let everReady = false;
  let lostAt: number | null = null;
  let errorLogged = false;
  connection.on('ready', () => {
    if (!everReady) logger.info('redis connected');
    else logger.info({ downMs: lostAt === null ? 0 : Date.now() - lostAt }, 'redis connection recovered');
    everReady = true;
    lostAt = null;
    errorLogged = false;
  });
  connection.on('close', () => {
    if (lostAt !== null || closing()) return;
    lostAt = Date.now();
    if (everReady) logger.warn('redis connection lost; reconnecting');
  });
  // Without a listener ioredis prints every failed reconnect; one line per outage is enough.
  connection.on('error', (error: Error) => {
    if (errorLogged || closing()) return;
    errorLogged = true;
    logger.warn({ error: error.message }, everReady ? 'redis connection error' : 'redis not reachable yet; retrying');
  });
}
