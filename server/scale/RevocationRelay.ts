import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Revocation, type RevocationPublisher, revocationSchema } from '../collab/Revocation.ts';
import type { Logger } from '../logger.ts';
import type { RedisConnections } from './RedisConnections.ts';

export const REVOCATIONS_CHANNEL = 'accord:revocations';

/** Sessions per message: a sweep that ends many sessions sends several small messages. */
const SESSIONS_PER_MESSAGE = 1_000;
/** Revocations kept while Redis is away; past this, one "decide every socket again" stands for them all. */
const MOST_PENDING = 1_000;

const envelopeSchema = z.strictObject({ from: z.string().max(64), revocation: revocationSchema });

/**
 * Carries revocations between processes over Redis pub/sub (REVOCATIONS_CHANNEL): every process runs
 * the ones the others decide on its own sockets (CollabServer.revokeHere). Pub/sub may drop messages,
 * so neither side trusts it alone: what could not be published waits and goes out once Redis is
 * back, and a process whose subscription was cut decides all its sockets again from the database
 * when it is back, which covers whatever it missed (every revocation follows a committed change).
 */
export class RevocationRelay implements RevocationPublisher {
  /** Tells this process's own messages (which it also receives) from the others'. */
  private readonly processId = randomUUID();
  private readonly pending: Revocation[] = [];
  private sending = false;
  private subscribedBefore = false;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly redis: RedisConnections,
    private readonly logger: Logger,
    /** Runs a revocation on this process's sockets. */
    private readonly revokeHere: (revocation: Revocation) => Promise<number>,
  ) {}

  /** Subscribes (queued until Redis is reachable; renewed after every reconnect). */
  start(): void {
    this.redis.subscriber.on('message', (channel: string, message: string) => {
      if (channel === REVOCATIONS_CHANNEL) void this.handleMessage(message);
    });
    this.redis.subscriber.on('ready', () => {
      if (this.subscribedBefore) this.handleResubscribed();
      this.subscribedBefore = true;
    });
    this.redis.subscriber.subscribe(REVOCATIONS_CHANNEL).catch((error: unknown) => this.logger.error({ err: error }, 'could not subscribe to revocations'));
    this.redis.commands.on('ready', () => void this.sendPending());
  }

  /** Stops sending (what still waits is dropped: this process is going away). */
  stop(): void {
    this.stopped = true;
    if (this.retry !== null) clearTimeout(this.retry);
  }

  publish(revocation: Revocation): void {
    if (revocation.kind === 'closeSessions') {
      for (let start = 0; start < revocation.sessionIdHashes.length; start += SESSIONS_PER_MESSAGE) {
        this.pending.push({ kind: 'closeSessions', sessionIdHashes: revocation.sessionIdHashes.slice(start, start + SESSIONS_PER_MESSAGE) });
      }
    } else {
      this.pending.push(revocation);
    }
    if (this.pending.length > MOST_PENDING) this.pending.splice(0, this.pending.length, { kind: 'recheckEveryone' });
    void this.sendPending();
  }

  /** Sends what waits, in order; stops at the first failure and tries again when Redis is ready, or in a second. */
  private async sendPending(): Promise<void> {
    if (this.sending || this.stopped) return;
    this.sending = true;
    try {
      for (let next = this.pending[0]; next !== undefined; next = this.pending[0]) {
        try {
          await this.redis.commands.publish(REVOCATIONS_CHANNEL, JSON.stringify({ from: this.processId, revocation: next }));
        } catch (error) {
          this.logger.warn({ error: error instanceof Error ? error.message : String(error), waiting: this.pending.length }, 'revocation not published yet');
          this.retry ??= setTimeout(() => {
            this.retry = null;
            void this.sendPending();
          }, 1_000).unref();
          return;
        }
        this.pending.shift();
      }
    } finally {
      this.sending = false;
    }
  }

  private async handleMessage(message: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      parsed = null;
    }
    const envelope = envelopeSchema.safeParse(parsed);
    if (!envelope.success) {
      this.logger.warn('ignored a malformed revocation message');
      return;
    }
    if (envelope.data.from === this.processId) return;
    const { revocation } = envelope.data;
    try {
      const closed = await this.revokeHere(revocation);
      this.logger.debug({ kind: revocation.kind, closed }, 'revocation from another process');
    } catch (error) {
      this.logger.error({ err: error, kind: revocation.kind }, 'revocation from another process failed');
    }
  }

  /** Messages published while the subscription was down are gone: decide every socket again. */
  private handleResubscribed(): void {
    this.logger.info('revocations subscription back: deciding every socket again');
    this.revokeHere({ kind: 'recheckEveryone' }).catch((error: unknown) => this.logger.error({ err: error }, 'rechecking sockets after a Redis outage failed'));
  }
}
