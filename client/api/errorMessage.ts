import { ApiError } from './ApiError.ts';

/** The server's own message for a failed call; `fallback` for anything that is not an API answer. */
export function errorMessage(caught: unknown, fallback: string): string {
  return caught instanceof ApiError ? caught.message : fallback;
}
