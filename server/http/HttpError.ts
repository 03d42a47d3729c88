import { ERROR_STATUS, type ErrorCode } from '../../shared/api/errors.ts';

/** An error meant for the caller: its code and message are sent as they are. */
export class HttpError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}
