import type { ErrorCode } from '../../shared/api/errors.ts';

/** An error answer from the API, carrying the server's stable code and its readable message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
  ) {
    super(message);
  }
}
