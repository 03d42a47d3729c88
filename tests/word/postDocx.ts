import type { ApiClient } from '../support/ApiClient.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Posts a .docx as the raw body, as the browser does, with the caller's session and origin. */
export async function postDocx<T = unknown>(client: ApiClient, path: string, bytes: Uint8Array, contentType = DOCX_TYPE): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (client.origin !== null) headers.origin = client.origin;
  if (client.cookie !== null) headers.cookie = client.cookie;
  const response = await fetch(`${client.baseUrl}${path}`, { method: 'POST', headers, body: Buffer.from(bytes) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}
