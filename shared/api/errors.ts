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
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Body of every error response: `{"error": {"code", "message"}}`. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
