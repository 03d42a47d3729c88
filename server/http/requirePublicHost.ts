import type { RequestHandler } from 'express';
import { HttpError } from './HttpError.ts';
import { isPublicHost } from './isPublicHost.ts';

/**
 * With PUBLIC_URL set, only requests addressed to its host are served: a DNS-rebinding page (whose
 * name resolves to this server) is refused, and no answer is ever built from a forged Host (L9).
 * The health and readiness checks stay open to load balancers that probe by address.
 */
export function requirePublicHost(publicUrl: string, trustProxy: boolean): RequestHandler {
  const expected = new URL(publicUrl).host;
  return (request, _response, next) => {
    if (request.path === '/api/health' || request.path === '/api/ready' || isPublicHost(request, publicUrl, trustProxy)) {
      next();
      return;
    }
    next(new HttpError('bad_request', `This server answers only at ${expected}`));
  };
}
