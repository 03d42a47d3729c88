import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../shared/api/fieldProblem.ts';
import type { ApiError } from './ApiError.ts';
import { fieldLabel } from './fieldLabel.ts';

function describeField(field: FieldProblem, t: TFunction): string | null {
  if (field.problem === 'unknown_field') return t('feedback:field.unknownField', { field: field.path });
  const name = fieldLabel(field.path, t);
  if (name === null) return null;
  const limit = field.limit ?? 0;
  switch (field.problem) {
    case 'required':
      return t('feedback:field.required', { field: name });
    case 'too_short':
      return t('feedback:field.tooShort', { field: name, limit });
    case 'too_long':
      return t('feedback:field.tooLong', { field: name, limit });
    case 'too_few':
      return t('feedback:field.tooFew', { field: name, limit });
    case 'too_many':
      return t('feedback:field.tooMany', { field: name, limit });
    case 'too_small':
      return t('feedback:field.tooSmall', { field: name, limit });
    case 'too_big':
      return t('feedback:field.tooBig', { field: name, limit });
    case 'invalid_email':
      return t('feedback:field.invalidEmail', { field: name });
    case 'invalid_url':
      return t('feedback:field.invalidUrl', { field: name });
    case 'invalid_date':
      return t('feedback:field.invalidDate', { field: name });
    case 'not_one_of':
      return t('feedback:field.notOneOf', { field: name, options: (field.options ?? []).join(', ') });
    case 'invalid':
      // The schema's own words for its rule: only the server has them.
      return null;
  }
}

/** A sentence for each of the error's field problems, or null when there are none or one cannot be named. */
function describeFields(error: ApiError, t: TFunction): string | null {
  const sentences = error.fields.map((field) => describeField(field, t));
  if (sentences.length === 0 || sentences.some((sentence) => sentence === null)) return null;
  return [...new Set(sentences)].join(' ');
}

/**
 * An API error in the reader's language, saying what to do: the fields of a refused form, sign in again (401),
 * who may do it (403), gone (404), reload (409), the limit (413), how long to wait (429). Where the server's
 * message says more than a general sentence could (a 409's reason, a 413's limit), an English reader gets it
 * as it is, with the advice after it. `english`: whether the reader reads English, the server's language.
 */
export function describeApiError(error: ApiError, t: TFunction, english: boolean): string {
  switch (error.status) {
    case 400:
      return describeFields(error, t) ?? error.message;
    case 401:
      return t('feedback:status.unauthorised');
    case 403:
      return english ? `${error.message.replace(/\.?$/, '.')} ${t('feedback:status.forbiddenAdvice')}` : t('feedback:status.forbidden');
    case 404:
      return t('feedback:status.notFound');
    case 409:
      if (error.code !== 'conflict') return error.message;
      return english ? `${error.message.replace(/\.?$/, '.')} ${t('feedback:status.conflictAdvice')}` : t('feedback:status.conflict');
    case 413:
      // The server's sentence gives the size sent too; other readers get the limit of the field that has one.
      return english ? error.message : (describeFields(error, t) ?? t('feedback:status.tooLarge'));
    case 429:
      return error.retryAfterSeconds === null
        ? t('feedback:status.tooManyRequests')
        : t('feedback:status.tooManyRequestsWait', { seconds: error.retryAfterSeconds });
    default:
      return error.message;
  }
}
