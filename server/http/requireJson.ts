import type { RequestHandler } from 'express';
import { HttpError } from './HttpError.ts';

/**
 * State-changing requests that carry a body must be JSON: a cross-site form cannot send that
 * without a CORS preflight, which we never grant.
 */
export const requireJson: RequestHandler = (request, _response, next) => {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (request.method === 'GET' || request.method === 'HEAD' || !hasBody || request.is('application/json')) {
    next();
    return;
  }
  next(new HttpError('unsupported_media_type', 'Send JSON with Content-Type: application/json'));
};
