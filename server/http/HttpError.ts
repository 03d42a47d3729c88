import { ERROR_STATUS, type ErrorCode } from '../../shared/api/errors.ts';
import type { FieldProblem } from '../../shared/api/fieldProblem.ts';

/** An error meant for the caller: its code and message are sent as they are. */
export class HttpError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** For a request that failed its schema: what is wrong with each field. */
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}
