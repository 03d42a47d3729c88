import i18next from 'i18next';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { ApiError } from './ApiError.ts';

export interface ApiPage<T> {
  items: T[];
  /** The next page's path, from the `Link: <…>; rel="next"` header; null on the last page. */
  next: string | null;
}

const nextLink = (header: string | null) => /<([^>]+)>\s*;\s*rel="next"/.exec(header ?? '')?.[1] ?? null;

/** GETs one page of a list (a JSON array) and where the next one is; throws ApiError like apiRequest. */
export async function apiPage<T>(path: string): Promise<ApiPage<T>> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', i18next.t('layout:api.unreachable'));
  }
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (parsed as ApiErrorBody | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'internal', error?.message ?? i18next.t('layout:api.failed', { status: response.status }));
  }
  return { items: Array.isArray(parsed) ? (parsed as T[]) : [], next: nextLink(response.headers.get('link')) };
}
