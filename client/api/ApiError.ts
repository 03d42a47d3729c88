import type { ErrorCode } from '../../shared/api/errors.ts';
import type { FieldProblem } from '../../shared/api/fieldProblem.ts';

/** An error answer from the API, carrying the server's stable code and its readable message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
    /** For a request that failed its schema: what is wrong with each field. */
    readonly fields: readonly FieldProblem[] = [],
    /** For a 429: how long to wait, from Retry-After. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}
