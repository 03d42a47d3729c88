import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError } from './HttpError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request's Origin (when a browser sent one) is the app's own: the Host it was sent to,
 * or the configured public URL. Browsers always send Origin on cross-site requests and websockets.
 */
export function isSameOrigin(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (publicUrl !== undefined && origin === new URL(publicUrl).origin) return true;
  const host = request.headers.host;
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host;
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
