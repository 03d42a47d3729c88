import type { Request } from 'express';

/** The origin links are made for: PUBLIC_URL when set (behind a proxy), else the request's own. */
export function publicOrigin(request: Request, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return new URL(publicUrl).origin;
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

/** One-time link tokens are base64url of 32 random bytes; anything else is not looked up. */
export const ONE_TIME_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export const DAY_MS = 24 * 60 * 60 * 1000;
