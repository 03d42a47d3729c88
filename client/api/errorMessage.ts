import i18next from 'i18next';
import { ApiError } from './ApiError.ts';
import { describeApiError } from './describeApiError.ts';

/** A failed call in the reader's words, saying what to do; `fallback` for anything that is not an API answer. */
export function errorMessage(caught: unknown, fallback: string): string {
  if (!(caught instanceof ApiError)) return fallback;
  if (caught.code === 'network') return caught.message;
  return describeApiError(caught, i18next.t, (i18next.resolvedLanguage ?? 'en').startsWith('en'));
}
