import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '../logger.ts';

/** A rendered public answer (page, export, index or feed), byte for byte as it is sent. */
export interface PublicAnswer {
  type: string;
  body: Buffer;
  /** Strong: the digest of these very bytes. */
  etag: string;
  disposition: string | null;
}

export type PublicOutcome = { answer: PublicAnswer; cache: 'hit' | 'miss' } | { retryAfterSeconds: number };

/** Rendered answers kept in memory at most (the biggest are PDF and Word files of a few hundred KB). */
const MAXIMUM_CACHED_BYTES = 64 * 1024 * 1024;

/**
 * The public site's answers, rendered once per key and then served from memory. A key names the
 * route and the fingerprint of what the answer is made of (the published version, its signatures,
 * the publications, see PublicSiteStore.fingerprint): publishing, withdrawing or a signature makes
 * new keys, and the old answers age out of the LRU. Requests for an answer being rendered wait for
 * that one render. Only renders count against the per-address budget: an answer already in memory
 * costs about what a static file does, so a crowd reading one statement is never refused, while
 * one address cannot make the server render on every request.
 */
export class PublicAnswerCache {
  private readonly answers = new LRUCache<string, PublicAnswer>({
    maxSize: MAXIMUM_CACHED_BYTES,
    sizeCalculation: (answer) => Math.max(1, answer.body.length),
  });
  private readonly rendering = new Map<string, Promise<PublicAnswer>>();
  constructor(
    private readonly logger: Logger,
    /** Renders per address (RateLimiters: shared by every process with REDIS_URL). */
    private readonly renders: RateLimiterAbstract,
  ) {}

  async answer(key: string, address: string, render: () => Promise<Omit<PublicAnswer, 'etag'>>): Promise<PublicOutcome> {
    const cached = this.answers.get(key);
    if (cached) return { answer: cached, cache: 'hit' };
    const pending = this.rendering.get(key);
    if (pending) return { answer: await pending, cache: 'hit' };
    try {
      await this.renders.consume(address);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      throw refusal;
    }
    const rendered = this.render(key, render);
    this.rendering.set(key, rendered);
    try {
      return { answer: await rendered, cache: 'miss' };
    } finally {
      this.rendering.delete(key);
    }
  }

  private async render(key: string, render: () => Promise<Omit<PublicAnswer, 'etag'>>): Promise<PublicAnswer> {
    const answer = await render();
    const rendered = { ...answer, etag: `"${createHash('sha256').update(answer.body).digest('base64url')}"` };
    this.answers.set(key, rendered);
    this.logger.debug({ key: key.slice(0, key.lastIndexOf(' ')), bytes: rendered.body.length }, 'export rendered');
    return rendered;
  }
}
