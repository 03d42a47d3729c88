import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError } from './HttpError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request's Origin (when a browser sent one) is the app's own. Browsers always send Origin
 * on cross-site requests and websockets. With PUBLIC_URL set, only its exact origin (scheme, host and
 * port) counts, never the Host header, which a DNS-rebinding page controls (L9). Without it, the
 * origin must name the Host the request was sent to, over https when the connection itself is TLS.
 */
export function isSameOrigin(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (publicUrl !== undefined) return origin === new URL(publicUrl).origin;
  const host = request.headers.host;
  if (host === undefined) return false;
  try {
    const parsed = new URL(origin);
    const encrypted = 'encrypted' in request.socket && request.socket.encrypted === true;
    const schemeFits = encrypted ? parsed.protocol === 'https:' : parsed.protocol === 'http:' || parsed.protocol === 'https:';
    return schemeFits && parsed.host === host;
  } catch {
    return false;
  }
}

/** Rejects state-changing requests from other origins (CSRF). */
export function requireSameOrigin(publicUrl: string | undefined): RequestHandler {
  return (request, _response, next) => {
    if (SAFE_METHODS.has(request.method) || isSameOrigin(request, publicUrl)) {
      next();
      return;
    }
    next(new HttpError('forbidden', 'Cross-origin request refused'));
  };
}
