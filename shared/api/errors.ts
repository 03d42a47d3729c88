import type { FieldProblem } from './fieldProblem.ts';

/** Stable error codes shared by server and client; the HTTP status goes with each. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorised: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  /** Freezing while suggestions or comment threads are still open, without carrying them over. */
  open_items: 409,
  /** Freezing a statement with no text. */
  empty_text: 409,
  /** Content the editor schema does not hold cannot become a final version. */
  invalid_content: 409,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * Body of every error response: `{"error": {"code", "message"}}`; a request that fails its schema adds
 * `fields`, one problem per bad field, which the client puts into the reader's language.
 */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldProblem[]; details?: unknown };
}
