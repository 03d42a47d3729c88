import type { IncomingMessage } from 'node:http';
import { CloseCode, EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM, type CloseReason } from '../../shared/collab/protocol.ts';
import type { Actor } from '../auth/Actor.ts';
import { actorFromCookie } from '../auth/sessions.ts';
import { mayFind } from '../permissions/mayFind.ts';
import { accessTo } from '../statements/findStatementFor.ts';
import type { Store } from '../store/Store.ts';

export type AccessDecision = { granted: false; reason: CloseReason } | { granted: true; actor: Actor; readOnly: boolean };

/**
 * A connection's rights, decided at upgrade from the session cookie and the statement policy:
 * write, read-only, or refused with a close code.
 */
export async function decideAccess(store: Store, request: IncomingMessage, statementId: string, sessionIdleMs: number): Promise<AccessDecision> {
  const decision = await decideAccessFor(store, await actorFromCookie(store, request.headers.cookie, sessionIdleMs), statementId);
  return decision.granted && isOlderEditor(request) ? { ...decision, readOnly: true } : decision;
}

/**
 * The statement policy's answer for one actor on one statement's live document: asked at upgrade,
 * and again for open sockets whenever something their rights depend on changes.
 */
export async function decideAccessFor(store: Store, actor: Actor | null, statementId: string): Promise<AccessDecision> {
  if (actor === null) return { granted: false, reason: CloseCode.unauthorised };
  const statement = await store.statements.findById(statementId);
  // A private fork of another organisation does not exist for this caller.
  if (statement === null || !mayFind(actor, statement)) return { granted: false, reason: CloseCode.notFound };
  const access = accessTo(actor, statement, await store.statements.drafterIds(statementId));
  if (!access.can.has('statement.read')) return { granted: false, reason: CloseCode.forbidden };
  return { granted: true, actor, readOnly: !access.can.has('statement.editText') };
}

/** An editor built on an older schema could delete what it does not know, so it only reads. */
function isOlderEditor(request: IncomingMessage): boolean {
  const announced = new URL(request.url ?? '/', 'http://localhost').searchParams.get(SCHEMA_VERSION_PARAM);
  return announced !== null && Number(announced) < EDITOR_SCHEMA_VERSION;
}
