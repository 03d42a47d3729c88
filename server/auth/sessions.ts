import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import type { Store } from '../store/Store.ts';
import type { Actor } from './Actor.ts';
import { actorForUser } from './actorForUser.ts';

export const SESSION_COOKIE = 'accord_session';
/**
 * The cookie's name when it is Secure: browsers accept a `__Host-` cookie only from a secure origin,
 * host-only and for path `/`, so a sibling subdomain cannot plant or overwrite it (finding L2).
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
const SESSION_DAYS = 30;
/** Default idle timeout: a session unused this long ends, whatever its absolute lifetime (L15). */
export const DEFAULT_SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;

/** Sessions are looked up by the hash of their token, so a leaked database holds no usable cookie. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

// last_seen_at is written at most this often per session, not on every request.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export async function startSession(store: Store, userId: string, request: Request): Promise<{ token: string; expiresAt: Date }> {
  const token = createToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  await store.sessions.create(hashToken(token), {
    id: randomUUID(),
    userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    lastSeenAt: now.toISOString(),
    userAgent: request.get('user-agent')?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/**
 * Secure whenever users reach the app over https: PUBLIC_URL says so even when a TLS proxy talks
 * plain http to us without TRUST_PROXY (L2).
 */
function cookieIsSecure(request: Request, publicUrl: string | undefined): boolean {
  return request.secure || (publicUrl !== undefined && new URL(publicUrl).protocol === 'https:');
}

export function setSessionCookie(request: Request, response: Response, token: string, expiresAt: Date, publicUrl: string | undefined): void {
  const secure = cookieIsSecure(request, publicUrl);
  response.cookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: Request, response: Response, publicUrl: string | undefined): void {
  const secure = cookieIsSecure(request, publicUrl);
  response.clearCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The session token from a Cookie header, if any; the `__Host-` cookie wins over a plain one. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  const cookies = parseCookies(cookieHeader);
  const token = cookies[SECURE_SESSION_COOKIE] ?? cookies[SESSION_COOKIE];
  return token && token.length <= 128 ? token : null;
}

/** Whether a session has ended at `now`: past its absolute lifetime or unused for `idleMs`. */
export function sessionHasEnded(session: { expiresAt: string; lastSeenAt: string }, now: Date, idleMs: number): boolean {
  return session.expiresAt <= now.toISOString() || now.getTime() - Date.parse(session.lastSeenAt) >= idleMs;
}

/** Resolves a Cookie header to the signed-in actor, or null (no cookie, or no live session). */
export async function actorFromCookie(store: Store, cookieHeader: string | undefined, idleMs = DEFAULT_SESSION_IDLE_MS): Promise<Actor | null> {
  const token = sessionTokenFrom(cookieHeader);
  if (token === null) return null;
  return actorFromSession(store, hashToken(token), idleMs);
}

/**
 * The actor a stored session stands for now, or null (unknown or expired session, removed account
 * or organisation). Open websockets ask it again when anything their rights depend on changes.
 */
export async function actorFromSession(store: Store, sessionIdHash: string, idleMs = DEFAULT_SESSION_IDLE_MS): Promise<Actor | null> {
  const session = await store.sessions.find(sessionIdHash);
  if (session === null) return null;
  const now = new Date();
  if (sessionHasEnded(session, now, idleMs)) {
    await store.sessions.delete(sessionIdHash);
    return null;
  }
  const actor = await actorForUser(store, session.userId, { sessionIdHash, sessionId: session.id });
  if (actor === null) return null;
  // Often enough that the idle timeout is measured within a quarter of itself.
  if (now.getTime() - Date.parse(session.lastSeenAt) > Math.min(TOUCH_EVERY_MS, idleMs / 4)) await store.sessions.touch(sessionIdHash, now.toISOString());
  return actor;
}
