import {
  decideStatementAction,
  statementPolicy,
  type PolicyActor,
  type PolicyStatement,
  type StatementAction,
} from '../../shared/permissions/statementPolicy.ts';
import type { Actor } from '../auth/Actor.ts';
import { HttpError } from '../http/HttpError.ts';
import { policyActorOf } from '../permissions/policyActorOf.ts';
import { policyStatementOf } from '../permissions/policyStatementOf.ts';
import { NOT_NOW } from '../permissions/refusal.ts';
import type { StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

/** A statement as one actor may use it: what the statement policy allows them, decided once per request. */
export interface StatementAccess {
  statement: StatementRecord;
  drafterIds: string[];
  can: ReadonlySet<StatementAction>;
  policyActor: PolicyActor | null;
  policyStatement: PolicyStatement;
}

/** The policy's answer for a statement already loaded (lists, search, pushes). */
export function accessTo(actor: Actor | null | undefined, statement: StatementRecord, drafterIds: string[]): StatementAccess {
  const policyActor = policyActorOf(actor);
  const policyStatement = policyStatementOf(statement, drafterIds);
  return { statement, drafterIds, policyActor, policyStatement, can: new Set(statementPolicy(policyActor, policyStatement)) };
}

/** Loads a statement the actor may read, with what they may do with it; 404 when absent, 401/403 otherwise. */
export async function findStatementFor(store: Store, actor: Actor | undefined, statementId: string | undefined): Promise<StatementAccess> {
  // Nobody signed in learns nothing, not even whether the statement exists.
  if (!actor) throw new HttpError('unauthorised', 'Sign in first');
  const statement = statementId ? await store.statements.findById(statementId) : null;
  if (statement === null) throw new HttpError('not_found', 'No such statement');
  const access = accessTo(actor, statement, await store.statements.drafterIds(statement.id));
  permit(access, 'statement.read');
  return access;
}

/**
 * Throws unless the statement policy allows `action`: 401 for nobody signed in, 404 when the
 * statement does not exist for them (a private fork of another organisation), 409 when it would be
 * allowed at another stage, 403 otherwise.
 */
export function permit(access: StatementAccess, action: StatementAction, notNowMessage = NOT_NOW[action]): void {
  if (access.can.has(action)) return;
  switch (decideStatementAction(access.policyActor, access.policyStatement, action)) {
    case 'allowed':
      return;
    case 'unauthenticated':
      throw new HttpError('unauthorised', 'Sign in first');
    case 'notFound':
      throw new HttpError('not_found', 'No such statement');
    case 'notNow':
      throw new HttpError('conflict', notNowMessage);
    case 'forbidden': {
      const awaitingPurpose = access.policyActor !== null && access.policyActor.accountRole !== 'secretariat' && !access.policyActor.agreedPurpose;
      throw new HttpError('forbidden', awaitingPurpose ? 'Your organisation has not agreed to the Statement of Purpose yet' : 'You are not allowed to do that');
    }
  }
}
