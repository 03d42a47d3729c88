import type { IncomingMessage } from 'node:http';
import { can } from '../../shared/permissions/permissions.ts';
import { CloseCode, EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM, type CloseReason } from '../../shared/collab/protocol.ts';
import type { Actor } from '../auth/Actor.ts';
import { actorFromCookie } from '../auth/sessions.ts';
import { mayFind, rolesFor } from '../permissions/rolesFor.ts';
import type { Store } from '../store/Store.ts';

export type AccessDecision =
  | { granted: false; reason: CloseReason }
  | { granted: true; actor: Actor; readOnly: boolean };

/**
 * A connection's rights, decided once at upgrade from the session cookie and the permission
 * matrix: write, read-only, or refused with a close code.
 */
export async function decideAccess(store: Store, request: IncomingMessage, statementId: string): Promise<AccessDecision> {
  const actor = await actorFromCookie(store, request.headers.cookie);
  if (actor === null) return { granted: false, reason: CloseCode.unauthorised };
  const statement = await store.statements.findById(statementId);
  if (statement === null || !mayFind(actor, statement)) return { granted: false, reason: CloseCode.notFound };
  const roles = rolesFor(actor, await store.statements.drafterIds(statementId), statement);
  if (!can(roles, 'statement.read')) return { granted: false, reason: CloseCode.forbidden };
  const mayWrite = can(roles, 'statement.editText') && statement.stage === 'drafting';
  return { granted: true, actor, readOnly: !mayWrite || isOlderEditor(request) };
}

/** An editor built on an older schema could delete what it does not know, so it only reads. */
function isOlderEditor(request: IncomingMessage): boolean {
  const announced = new URL(request.url ?? '/', 'http://localhost').searchParams.get(SCHEMA_VERSION_PARAM);
  return announced !== null && Number(announced) < EDITOR_SCHEMA_VERSION;
}
