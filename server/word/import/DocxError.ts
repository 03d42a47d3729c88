import { HttpError } from '../../http/HttpError.ts';

/** A file that is not a Word document Accord can read: a 400 with what is wrong, in the reader's words. */
export function invalidDocx(reason: string): HttpError {
  return new HttpError('bad_request', `This is not a Word document Accord can read: ${reason}`);
}

/** A Word document too large to unpack safely (a zip bomb, or simply too big): a 413. */
export function tooLargeDocx(reason: string): HttpError {
  return new HttpError('too_large', `This Word document is too large to import: ${reason}`);
}
