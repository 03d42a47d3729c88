import i18next from 'i18next';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { ApiError } from '../api/ApiError.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Posts a .docx as the raw body (the import routes read the file itself, not JSON). */
export async function postDocx<T>(path: string, file: File): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': DOCX_TYPE }, body: file });
  } catch {
    throw new ApiError(0, 'network', i18next.t('layout:api.unreachable'));
  }
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (parsed as ApiErrorBody | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'internal', error?.message ?? i18next.t('layout:api.failed', { status: response.status }));
  }
  return parsed as T;
}
