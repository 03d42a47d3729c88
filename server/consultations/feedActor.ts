import type { Actor } from '../auth/Actor.ts';
import type { Store } from '../store/Store.ts';

/**
 * The user a calendar feed belongs to, as the statement policy sees them now (no session: the feed is
 * fetched by a calendar app); null once their account or organisation was removed.
 */
export async function feedActor(store: Store, userId: string): Promise<Actor | null> {
  const user = await store.users.findById(userId);
  if (user === null || user.removedAt !== null) return null;
  const organisation = user.orgId ? await store.organisations.findById(user.orgId) : null;
  if (organisation?.removedAt) return null;
  const agreedPurpose = organisation ? (await store.purpose.agreement(organisation.id, (await store.purpose.current()).version)) !== null : false;
  return { user, organisation, sessionIdHash: '', sessionId: '', agreedPurpose };
}
