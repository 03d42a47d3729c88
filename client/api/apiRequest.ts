import i18next from 'i18next';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { ApiError } from './ApiError.ts';

/** Calls the JSON API with the session cookie; throws ApiError with the server's message on failure. */
export async function apiRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18next.t('layout:api.unreachable'));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (parsed as ApiErrorBody | null)?.error;
    const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? i18next.t('layout:api.failed', { status: response.status }),
      Array.isArray(error?.fields) ? error.fields : [],
      Number.isFinite(retryAfter) ? retryAfter : null,
    );
  }
  return parsed as T;
}
