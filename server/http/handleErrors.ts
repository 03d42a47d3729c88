import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { Logger } from '../logger.ts';
import { HttpError } from './HttpError.ts';
import { redactUrl } from './redactUrl.ts';
import { TextFrozenError } from '../store/TextFrozenError.ts';

function isBodyParserError(error: unknown): error is { type: string; status: number } {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof TextFrozenError) return new HttpError('conflict', 'The text was frozen meanwhile: nothing was changed');
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') return new HttpError('too_large', 'Request body too large');
    if (error.type === 'entity.parse.failed') return new HttpError('bad_request', 'Request body is not valid JSON');
    if (error.status >= 400 && error.status < 500) return new HttpError('bad_request', 'Malformed request');
  }
  return null;
}

/** Turns every error into `{"error": {code, message}}`; internals are logged, never sent. */
export function handleErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const httpError = toHttpError(error);
    if (httpError === null) {
      logger.error({ err: error, method: request.method, url: redactUrl(request.originalUrl) }, 'request failed');
    }
    const known = httpError ?? new HttpError('internal', 'Something went wrong on our side');
    const body: ApiErrorBody = { error: { code: known.code, message: known.message } };
    if (known.fields !== undefined) body.error.fields = known.fields;
    if (known.details !== undefined) body.error.details = known.details;
    response.status(known.status).json(body);
  };
}

/** 404 for API paths nobody handles, in the same shape. */
export const handleApiNotFound: RequestHandler = (request, _response, next) => {
  next(new HttpError('not_found', `No API route ${request.method} ${request.path}`));
};
