import type { PolicyActor } from '../../shared/permissions/statementPolicy.ts';
import type { Actor } from '../auth/Actor.ts';

/** What the statement policy needs of a signed-in actor; null for nobody. */
export function policyActorOf(actor: Actor | null | undefined): PolicyActor | null {
  if (!actor) return null;
  return {
    userId: actor.user.id,
    accountRole: actor.user.role,
    orgId: actor.organisation?.id ?? null,
    orgCategory: actor.organisation?.category ?? null,
    agreedPurpose: actor.agreedPurpose,
  };
}
