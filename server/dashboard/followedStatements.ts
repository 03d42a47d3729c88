import type { Actor } from '../auth/Actor.ts';
import { mayFind } from '../permissions/mayFind.ts';
import { accessTo, type StatementAccess } from '../statements/findStatementFor.ts';
import type { Store } from '../store/Store.ts';

/**
 * The statements the actor may read and follows, most recently updated first: for the secretariat,
 * every one; for a contact, the coalition's statements (their organisation drafts and signs them),
 * their own organisation's forks, and any they draft. The statement policy decides readability.
 */
export async function followedStatements(store: Store, actor: Actor): Promise<StatementAccess[]> {
  const found = (await store.statements.list()).filter((statement) => mayFind(actor, statement));
  const draftersOf = await store.statements.drafterIdsOf(found.map((statement) => statement.id));
  const orgId = actor.organisation?.id ?? null;
  return found
    .map((statement) => accessTo(actor, statement, draftersOf.get(statement.id) ?? []))
    .filter((access) => access.can.has('statement.read'))
    .filter(
      ({ statement, drafterIds }) =>
        actor.user.role === 'secretariat' ||
        statement.ownerOrgId === null ||
        (orgId !== null && statement.ownerOrgId === orgId) ||
        drafterIds.includes(actor.user.id),
    )
    .sort((a, b) => b.statement.updatedAt.localeCompare(a.statement.updatedAt));
}
