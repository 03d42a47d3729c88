import type { IncomingMessage } from 'node:http';

/**
 * Whether a request was addressed to PUBLIC_URL's host. Behind a proxy with TRUST_PROXY, the
 * proxy's X-Forwarded-Host counts as the Host it received.
 */
export function isPublicHost(request: IncomingMessage, publicUrl: string, trustProxy: boolean): boolean {
  const forwarded = trustProxy ? headerValue(request.headers['x-forwarded-host'])?.split(',')[0]?.trim() : undefined;
  const host = forwarded ?? request.headers.host ?? '';
  return host.toLowerCase() === new URL(publicUrl).host.toLowerCase();
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
