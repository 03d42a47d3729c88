import type { OrganisationSignOn } from '../../shared/api/dashboard.ts';
import type { Actor } from '../auth/Actor.ts';
import type { StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

/** Where the actor's organisation stands on the statement's current final version; null when it is not asked to sign it. */
export async function organisationSignOn(store: Store, actor: Actor, statement: StatementRecord): Promise<OrganisationSignOn> {
  const organisation = actor.organisation;
  if (organisation === null || statement.ownerOrgId !== null || statement.finalVersion === null) return null;
  if (organisation.category !== 'member' && statement.whoMaySign !== 'membersAndSupporters') return null;
  const [active, declines] = await Promise.all([store.signatures.active(statement.id), store.signatures.declines(statement.id)]);
  const mine = (record: { orgId: string; versionNumber: number }) => record.orgId === organisation.id && record.versionNumber === statement.finalVersion;
  if (active.some(mine)) return 'signed';
  if (declines.some(mine)) return 'declined';
  return 'awaiting';
}
