import { HttpError } from '../http/HttpError.ts';

/**
 * Refuses a comment, reason or suggested wording longer than the configured limit, with a 413. The message is
 * English; `field` (`comment` or `replacement`) lets the client say it in the reader's language.
 */
export function checkCommentLength(text: string, maxChars: number, what = 'A comment', field: 'comment' | 'replacement' = 'comment'): void {
  if (text.length > maxChars) {
    throw new HttpError(
      'too_large',
      `${what} can be at most ${maxChars.toLocaleString('en')} characters (this one has ${text.length.toLocaleString('en')}); shorten it or split it over several comments`,
      undefined,
      [{ path: field, problem: 'too_long', limit: maxChars }],
    );
  }
}
