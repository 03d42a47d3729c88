import type { Store } from '../store/Store.ts';
import type { Actor } from './Actor.ts';

/** The session an actor acts through; a mail reply has none (empty ids, matching no socket). */
export interface ActorSession {
  sessionIdHash: string;
  sessionId: string;
}

/** Mail replies act as their sender but through no session. */
export const NO_SESSION: ActorSession = { sessionIdHash: '', sessionId: '' };

/**
 * The actor a user is now, whichever way they reach us: null when the account or its organisation
 * was removed; with whether their organisation agreed to the current Statement of Purpose.
 */
export async function actorForUser(store: Store, userId: string, session: ActorSession): Promise<Actor | null> {
  const user = await store.users.findById(userId);
  if (user === null || user.removedAt !== null) return null;
  const organisation = user.orgId ? await store.organisations.findById(user.orgId) : null;
  if (organisation?.removedAt) return null;
  const agreedPurpose = organisation ? (await store.purpose.agreement(organisation.id, (await store.purpose.current()).version)) !== null : false;
  return { user, organisation, ...session, agreedPurpose };
}
