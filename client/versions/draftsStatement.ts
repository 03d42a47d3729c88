import type { MeView, StatementView } from '../../shared/api/types.ts';

/**
 * Whether the user may name and restore versions: the secretariat, the statement's drafters, and
 * for a fork its organisation's contacts (as the server's rolesFor has it). Only hides buttons;
 * the server decides.
 */
export function draftsStatement(statement: StatementView, me: MeView): boolean {
  if (me.user.role === 'secretariat') return true;
  if (statement.drafterIds.includes(me.user.id)) return true;
  return statement.ownerOrg !== null && statement.ownerOrg.id === me.org?.id;
}
