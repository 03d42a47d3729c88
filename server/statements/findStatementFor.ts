import type { Role } from '../../shared/permissions/roles.ts';
import type { Actor } from '../auth/Actor.ts';
import { HttpError } from '../http/HttpError.ts';
import { authorise } from '../permissions/authorise.ts';
import { mayFind, rolesFor } from '../permissions/rolesFor.ts';
import type { StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

export interface StatementAccess {
  statement: StatementRecord;
  drafterIds: string[];
  roles: Set<Role>;
}

/** Loads a statement the actor may read, with their roles on it; 404 when absent, 401/403 otherwise. */
export async function findStatementFor(store: Store, actor: Actor | undefined, statementId: string | undefined): Promise<StatementAccess> {
  const statement = statementId ? await store.statements.findById(statementId) : null;
  // A private fork of another organisation does not exist for this caller.
  if (statement === null || (actor && !mayFind(actor, statement))) throw new HttpError('not_found', 'No such statement');
  const drafterIds = await store.statements.drafterIds(statement.id);
  const roles = rolesFor(actor, drafterIds, statement);
  authorise(roles, 'statement.read');
  return { statement, drafterIds, roles };
}
