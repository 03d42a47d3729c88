import { mayFindStatement } from '../../shared/permissions/statementPolicy.ts';
import type { Actor } from '../auth/Actor.ts';
import type { StatementRecord } from '../store/records.ts';
import { policyActorOf } from './policyActorOf.ts';

/** Whether the statement exists for this actor at all (a private fork only for its organisation). */
export function mayFind(actor: Actor | null | undefined, statement: Pick<StatementRecord, 'ownerOrgId' | 'shared'>): boolean {
  return mayFindStatement(policyActorOf(actor), statement);
}
