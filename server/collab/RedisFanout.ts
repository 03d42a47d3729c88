import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { ThreadView } from '../../shared/api/types.ts';
import type { Logger } from '../logger.ts';
import type { ThreadRecord } from '../store/records.ts';
import type { CollabDocument } from './CollabDocument.ts';
import type { DocumentFanout } from './DocumentFanout.ts';

/** What the fan-out hands back to this process. */
export interface FanoutHandlers {
  /** Updates another process stored (DocumentRegistry.applyRemote). */
  update(statementId: string, previous: number | null, last: number, update: Uint8Array): void;
  /** A comment thread changed on another process: push it to this process's editors. */
  thread(view: ThreadView, thread: ThreadRecord): void;
  /** The Redis link is down: refuse and close shared documents' sockets. */
  lost(): void;
  /** The link is back: catch up from the store, then serve again. */
  restored(): Promise<void>;
}

/** Updates kept per document stream; a follower further behind catches up from the store. */
const STREAM_MAX_LENGTH = 1000;
const READ_BLOCK_MS = 200;
const READ_COUNT = 200;
const RECONNECT_MS = 250;
/** Presence messages: a change, or a question "who is here?" from a process that just loaded the document. */
const AWARENESS_CHANGE = 0;
const AWARENESS_QUERY = 1;
const THREADS_CHANNEL = 'accord:threads';

const streamKey = (statementId: string) => `accord:doc:${statementId}`;
const awarenessChannel = (statementId: string) => `accord:awareness:${statementId}`;

/** Marks awareness changes that came from another process, so they are not published back. */
const REMOTE_ORIGIN = Symbol('remote presence');

/**
 * Documents, presence and comment pushes shared between server processes through Redis. Stored
 * updates go to one stream per document (`XADD accord:doc:<id>`, bounded), each entry carrying its
 * store sequence and the one before it, read by every process that has the document loaded; a
 * process whose copy does not end where an entry starts catches up from the store (DocumentRegistry).
 * Presence is ephemeral and travels by pub/sub; clients renew theirs every 15 s, and each process's
 * Awareness drops a state not renewed for 30 s, so the carets of a dead process's clients vanish.
 */
export class RedisFanout implements DocumentFanout {
  readonly processId = randomBytes(8).toString('hex');
  private readonly commands: Redis;
  private readonly reader: Redis;
  private readonly subscriber: Redis;
  private handlers: FanoutHandlers | null = null;
  /** Followed documents and the id of the last stream entry read for each. */
  private readonly cursors = new Map<string, string>();
  private readonly followed = new Map<string, CollabDocument>();
  private available = false;
  private restoring: Promise<void> | null = null;
  private stopped = false;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    const options = {
      protocol: 2 as const,
      // Fail at once while the link is down (the process fails closed) instead of queueing commands.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => RECONNECT_MS,
    };
    this.commands = new Redis(url, options);
    this.reader = new Redis(url, options);
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true });
  }

  /** Whether the Redis link is up and every followed document has caught up since it last dropped. */
  get isAvailable(): boolean {
    return this.available;
  }

  /** Starts connecting, subscribing and reading the streams; available once every link to Redis is up. */
  async start(handlers: FanoutHandlers): Promise<void> {
    this.handlers = handlers;
    for (const client of [this.commands, this.reader, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.debug({ err: error }, 'redis error'));
      client.on('close', () => this.handleLinkDown());
      client.on('ready', () => this.handleLinkUp());
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.handleMessage(channel.toString(), message));
    // Redis may not be there yet (it starts after us, or is down): the process starts anyway, not
    // ready and refusing shared sockets, and becomes available by itself once every link is up.
    for (const client of [this.commands, this.reader, this.subscriber]) {
      client
        .connect()
        .catch((error: unknown) => this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'redis not reachable yet; retrying'));
    }
    // Queued until the subscriber connects; ioredis subscribes again after every reconnect.
    this.subscriber.subscribe(THREADS_CHANNEL).catch((error: unknown) => this.logger.warn({ err: error }, 'subscribing to thread pushes failed'));
    this.reading = this.readStreams();
  }

  async beforeLoad(statementId: string): Promise<void> {
    const last = (await this.commands.xrevrange(streamKey(statementId), '+', '-', 'COUNT', 1))[0]?.[0] ?? '0-0';
    this.cursors.set(statementId, last);
  }

  follow(document: CollabDocument): void {
    this.followed.set(document.statementId, document);
    if (!this.cursors.has(document.statementId)) this.cursors.set(document.statementId, '$');
    document.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      for (const clientId of removed) document.remoteClientIds.delete(clientId);
      if (origin === REMOTE_ORIGIN) {
        for (const clientId of [...added, ...updated]) document.remoteClientIds.add(clientId);
        return;
      }
      this.publishAwareness(document, [...added, ...updated, ...removed]);
    });
    void this.subscriber.subscribe(awarenessChannel(document.statementId)).then(
      () => this.publishPresence(document.statementId, AWARENESS_QUERY, new Uint8Array()),
      (error: unknown) => this.logger.warn({ err: error, statement: document.statementId }, 'subscribing to presence failed'),
    );
  }

  unfollow(statementId: string): void {
    this.followed.delete(statementId);
    this.cursors.delete(statementId);
    void this.subscriber.unsubscribe(awarenessChannel(statementId)).catch(() => undefined);
  }

  publish(statementId: string, previous: number | null, last: number, update: Uint8Array): void {
    this.commands
      .xadd(
        streamKey(statementId),
        'MAXLEN',
        '~',
        STREAM_MAX_LENGTH,
        '*',
        'origin',
        this.processId,
        'previous',
        previous === null ? '' : String(previous),
        'last',
        String(last),
        'update',
        Buffer.from(update.buffer, update.byteOffset, update.byteLength),
      )
      .catch((error: unknown) => {
        // Stored, not shared: followers see the gap at the next entry, or catch up when the link returns.
        this.logger.warn({ err: error, statement: statementId }, 'publishing an update to redis failed');
        this.handleLinkDown();
      });
  }

  /** A thread changed here: every other process pushes it to its own editors. */
  publishThread(view: ThreadView, thread: ThreadRecord): void {
    const message = JSON.stringify({ origin: this.processId, view, thread });
    this.commands.publish(THREADS_CHANNEL, message).catch((error: unknown) => this.logger.warn({ err: error }, 'publishing a thread failed'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const client of [this.commands, this.reader, this.subscriber]) client.disconnect();
    await this.reading.catch(() => undefined);
  }

  private handleLinkDown(): void {
    if (this.stopped || !this.available) return;
    this.available = false;
    this.logger.warn('redis link lost: shared documents refuse sockets until it is back');
    this.handlers?.lost();
  }

  private handleLinkUp(): void {
    if (this.stopped || this.available || this.restoring !== null) return;
    if (![this.commands, this.reader, this.subscriber].every((client) => client.status === 'ready')) return;
    this.restoring = this.restore().finally(() => {
      this.restoring = null;
    });
  }

  /** Streams read from where they stand now, then every followed document catches up from the store. */
  private async restore(): Promise<void> {
    try {
      // Subscribed before serving (again: the same subscription is harmless), so no thread push made
      // once this process serves can pass it by.
      await this.subscriber.subscribe(THREADS_CHANNEL);
      for (const statementId of [...this.cursors.keys()]) await this.beforeLoad(statementId);
      await this.handlers?.restored();
      this.available = true;
      this.logger.info('redis link restored: documents caught up, serving again');
    } catch (error) {
      this.logger.warn({ err: error }, 'restoring after a lost redis link failed; retrying');
      setTimeout(() => this.handleLinkUp(), RECONNECT_MS).unref();
    }
  }

  private async readStreams(): Promise<void> {
    while (!this.stopped) {
      const statementIds = [...this.cursors.keys()];
      if (statementIds.length === 0 || this.reader.status !== 'ready') {
        await new Promise((resolve) => setTimeout(resolve, READ_BLOCK_MS));
        continue;
      }
      try {
        const reply = await this.reader.callBuffer(
          'XREAD',
          'COUNT',
          READ_COUNT,
          'BLOCK',
          READ_BLOCK_MS,
          'STREAMS',
          ...statementIds.map(streamKey),
          ...statementIds.map((statementId) => this.cursors.get(statementId) ?? '$'),
        );
        this.handleStreamReply(reply);
      } catch (error) {
        if (!this.stopped) this.logger.debug({ err: error }, 'reading redis streams failed');
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
      }
    }
  }

  private handleStreamReply(reply: unknown): void {
    if (!Array.isArray(reply)) return;
    for (const stream of reply) {
      if (!Array.isArray(stream) || !Buffer.isBuffer(stream[0]) || !Array.isArray(stream[1])) continue;
      const statementId = stream[0].toString().slice(streamKey('').length);
      for (const entry of stream[1]) {
        if (!Array.isArray(entry) || !Buffer.isBuffer(entry[0]) || !Array.isArray(entry[1])) continue;
        // Only documents still followed move on (an unfollowed one may have been dropped meanwhile).
        if (this.cursors.has(statementId)) this.cursors.set(statementId, entry[0].toString());
        const fields = new Map<string, Buffer>();
        for (let index = 0; index + 1 < entry[1].length; index += 2) {
          const name = entry[1][index];
          const value = entry[1][index + 1];
          if (Buffer.isBuffer(name) && Buffer.isBuffer(value)) fields.set(name.toString(), value);
        }
        if (fields.get('origin')?.toString() === this.processId) continue;
        const update = fields.get('update');
        const last = Number(fields.get('last')?.toString());
        const previousText = fields.get('previous')?.toString() ?? '';
        if (update === undefined || !Number.isSafeInteger(last)) continue;
        const previous = previousText === '' ? null : Number(previousText);
        this.handlers?.update(statementId, previous, last, new Uint8Array(update.buffer, update.byteOffset, update.byteLength));
      }
    }
  }

  private publishAwareness(document: CollabDocument, clientIds: number[]): void {
    if (clientIds.length === 0) return;
    this.publishPresence(document.statementId, AWARENESS_CHANGE, encodeAwarenessUpdate(document.awareness, clientIds));
  }

  private publishPresence(statementId: string, kind: number, payload: Uint8Array): void {
    // origin (16 hex characters) | kind | payload
    const message = Buffer.concat([Buffer.from(this.processId), Buffer.from([kind]), payload]);
    this.commands.publish(awarenessChannel(statementId), message).catch(() => undefined);
  }

  private handleMessage(channel: string, message: Buffer): void {
    if (channel === THREADS_CHANNEL) {
      this.handleThreadMessage(message.toString());
      return;
    }
    const statementId = channel.slice(awarenessChannel('').length);
    const document = this.followed.get(statementId);
    if (document === undefined || message.byteLength < 17) return;
    if (message.subarray(0, 16).toString() === this.processId) return;
    const kind = message[16];
    if (kind === AWARENESS_QUERY) {
      // Another process just loaded the document: tell it who is here.
      const local = [...document.awarenessOwners.keys()].filter((clientId) => document.awareness.getStates().has(clientId));
      this.publishAwareness(document, local);
      return;
    }
    try {
      applyAwarenessUpdate(document.awareness, new Uint8Array(message.buffer, message.byteOffset + 17, message.byteLength - 17), REMOTE_ORIGIN);
    } catch (error) {
      this.logger.warn({ err: error, statement: statementId }, 'malformed presence from another process');
    }
  }

  private handleThreadMessage(text: string): void {
    try {
      const parsed = JSON.parse(text) as { origin: string; view: ThreadView; thread: ThreadRecord };
      if (parsed.origin !== this.processId) this.handlers?.thread(parsed.view, parsed.thread);
    } catch (error) {
      this.logger.warn({ err: error }, 'malformed thread push from another process');
    }
  }
}
