import type { Role } from '../../shared/permissions/roles.ts';
import type { Actor } from '../auth/Actor.ts';
import { HttpError } from '../http/HttpError.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
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
  if (statement === null) throw new HttpError('not_found', 'No such statement');
  const drafterIds = await store.statements.drafterIds(statement.id);
  const roles = rolesFor(actor, drafterIds);
  authorise(roles, 'statement.read');
  return { statement, drafterIds, roles };
}
