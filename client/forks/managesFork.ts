import type { MeView, StatementView } from '../../shared/api/types.ts';

/**
 * Whether the user manages this fork (pulls, shares, offers changes back): its organisation's
 * contacts and its drafters, not the secretariat (as the server's `fork.manage` has it). Only
 * hides buttons; the server decides.
 */
export function managesFork(statement: StatementView, me: MeView): boolean {
  if (statement.forkOf === null) return false;
  if (statement.drafterIds.includes(me.user.id)) return true;
  return statement.ownerOrg !== null && statement.ownerOrg.id === me.org?.id;
}
