import type { RequestHandler } from 'express';
import { HttpError } from './HttpError.ts';

/**
 * With PUBLIC_URL set, only requests addressed to its host are served: a DNS-rebinding page (whose
 * name resolves to this server) is refused, and no answer is ever built from a forged Host (L9).
 * Behind a proxy with TRUST_PROXY, the proxy's X-Forwarded-Host counts as the Host it received.
 * The health check stays open to load balancers that probe by address.
 */
export function requirePublicHost(publicUrl: string): RequestHandler {
  const expected = new URL(publicUrl).host.toLowerCase();
  return (request, _response, next) => {
    if (request.path === '/api/health') {
      next();
      return;
    }
    const forwarded = request.app.get('trust proxy') ? request.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
    const host = (forwarded ?? request.get('host') ?? '').toLowerCase();
    if (host === expected) {
      next();
      return;
    }
    next(new HttpError('bad_request', `This server answers only at ${expected}`));
  };
}
