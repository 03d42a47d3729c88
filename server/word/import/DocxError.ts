import type { TFunction } from 'i18next';
import { HttpError } from '../../http/HttpError.ts';

/** A file that is not a Word document Accord can read: a 400 with what is wrong (`reason`, already in the reader's words). */
export function invalidDocx(t: TFunction, reason: string): HttpError {
  return new HttpError('bad_request', t('word:refused.unreadable', { reason }));
}

/** A Word document too large to unpack safely (a zip bomb, or simply too big): a 413. */
export function tooLargeDocx(t: TFunction, reason: string): HttpError {
  return new HttpError('too_large', t('word:refused.tooLarge', { reason }));
}
