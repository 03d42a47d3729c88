/** A download or upload that did not complete: the HTTP status (0: the connection failed) and, for a 429, how long to wait. */
export class TransferError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | null = null,
    /** The API's `{error: {code, message}}` answer, when there was one (an upload's 400 says what is wrong with the file). */
    readonly body: unknown = null,
  ) {
    super(status === 0 ? 'network' : `HTTP ${status}`);
  }

  /** The error for a refused answer, with the seconds of its Retry-After header. */
  static refused(status: number, retryAfter: string | null, body: unknown = null): TransferError {
    const seconds = Number.parseInt(retryAfter ?? '', 10);
    return new TransferError(status, Number.isFinite(seconds) ? seconds : null, body);
  }
}
