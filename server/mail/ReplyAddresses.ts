import { randomBytes } from 'node:crypto';
import type { ServerSecret } from '../secrets/ServerSecret.ts';
import type { ReplyAddressRecord } from '../store/records.ts';
import type { ReplyAddressStore } from '../store/Store.ts';

/** What a reply address stands for: whose reply, to which thread, answering which notification mail. */
export interface ReplyTarget {
  threadId: string;
  userId: string;
  mailKey: string;
}

const LOCAL_PREFIX = 'reply+';
/** RFC 5321's limit on an address's local part. */
const MAX_LOCAL_PART = 64;
const SIGNED_TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reply addresses of notification mails, `reply+<token>@<domain>`: one per mail, the token a random
 * stored id (128 bits) with its HMAC signature, so an address can be neither guessed nor altered,
 * and deleting its row revokes it. Addresses older than `maxAgeDays` are refused.
 */
export class ReplyAddresses {
  constructor(
    private readonly store: ReplyAddressStore,
    private readonly secret: ServerSecret,
    /** The mail domain replies are routed to (the relay forwards `reply+*@` it to the inbound listener). */
    readonly domain: string,
    private readonly maxAgeDays: number,
  ) {}

  /** A new address for one notification mail. */
  async create(target: ReplyTarget): Promise<string> {
    const id = randomBytes(16).toString('base64url');
    await this.store.create({ id, threadId: target.threadId, userId: target.userId, mailKey: target.mailKey, createdAt: new Date().toISOString() });
    const localPart = `${LOCAL_PREFIX}${this.secret.sign('reply', id)}`;
    if (localPart.length > MAX_LOCAL_PART) throw new Error(`a reply address's local part has ${localPart.length} characters`);
    return `${localPart}@${this.domain}`;
  }

  /** What an address stands for; null when its signature is wrong, it is unknown, revoked or too old. */
  async read(address: string): Promise<ReplyTarget | null> {
    const record = await this.find(address);
    return record === null ? null : { threadId: record.threadId, userId: record.userId, mailKey: record.mailKey };
  }

  /** The stored address behind a valid one (its id keys what was received through it), or null as `read`. */
  async find(address: string): Promise<ReplyAddressRecord | null> {
    const id = this.verifiedId(address);
    if (id === null) return null;
    const record = await this.store.findById(id);
    if (record === null || Date.parse(record.createdAt) < Date.now() - this.maxAgeDays * DAY_MS) return null;
    return record;
  }

  /** Revokes an address: mail to it is refused from now on. */
  async revoke(address: string): Promise<void> {
    const id = this.verifiedId(address);
    if (id !== null) await this.store.delete(id);
  }

  /** Forgets addresses past their age (they are refused anyway); how many there were. */
  forgetExpired(): Promise<number> {
    return this.store.deleteCreatedBefore(new Date(Date.now() - this.maxAgeDays * DAY_MS).toISOString());
  }

  private verifiedId(address: string): string | null {
    const at = address.lastIndexOf('@');
    const localPart = at === -1 ? address : address.slice(0, at);
    // The prefix is matched case-insensitively, the token exactly: it is base64url.
    if (localPart.length > MAX_LOCAL_PART || localPart.slice(0, LOCAL_PREFIX.length).toLowerCase() !== LOCAL_PREFIX) return null;
    const token = localPart.slice(LOCAL_PREFIX.length);
    return SIGNED_TOKEN.test(token) ? this.secret.verify('reply', token) : null;
  }
}
