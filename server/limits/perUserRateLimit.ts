import type { RequestHandler } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from '../http/HttpError.ts';
import type { RateLimiters } from './RateLimiters.ts';

/**
 * At most `requestsPerMinute` API requests per minute per signed-in user, or per address for
 * callers who are not signed in; beyond that a 429 with Retry-After. Runs after the session is
 * loaded, so a user's budget follows them across addresses and one busy office does not starve
 * its colleagues. With REDIS_URL the budget is shared by every process.
 */
export function perUserRateLimit(rateLimiters: RateLimiters, requestsPerMinute: number): RequestHandler {
  const limiter = rateLimiters.create({ keyPrefix: 'requests', points: requestsPerMinute, duration: 60 });
  return async (request, response, next) => {
    const key = request.actor ? `user:${request.actor.user.id}` : `address:${request.ip ?? 'unknown'}`;
    try {
      const used = await limiter.consume(key);
      response.setHeader('RateLimit-Limit', String(requestsPerMinute));
      response.setHeader('RateLimit-Remaining', String(used.remainingPoints));
      next();
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      response.setHeader('Retry-After', String(seconds));
      response.setHeader('RateLimit-Limit', String(requestsPerMinute));
      response.setHeader('RateLimit-Remaining', '0');
      throw new HttpError(
        'too_many_requests',
        `Too many requests: at most ${requestsPerMinute} a minute per person. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again`,
      );
    }
  };
}
