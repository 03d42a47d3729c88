import type { Request, RequestHandler } from 'express';
import type { Store } from '../store/Store.ts';
import { HttpError } from '../http/HttpError.ts';
import type { Actor } from './Actor.ts';
import { actorFromCookie } from './sessions.ts';

/** Loads the signed-in actor (if any) onto the request; routes decide whether they need one. */
export function loadActor(store: Store, idleMs: number): RequestHandler {
  return async (request, _response, next) => {
    const actor = await actorFromCookie(store, request.headers.cookie, idleMs);
    if (actor !== null) request.actor = actor;
    next();
  };
}

/** The signed-in actor, or a 401. */
export function requireActor(request: Request): Actor {
  if (!request.actor) throw new HttpError('unauthorised', 'Sign in first');
  return request.actor;
}
