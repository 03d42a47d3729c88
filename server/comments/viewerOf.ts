import type { ThreadViewer } from '../../shared/comments/threadVisibility.ts';
import type { Actor } from '../auth/Actor.ts';

/** The actor as a viewer of comment threads. */
export function viewerOf(actor: Actor): ThreadViewer {
  return { userId: actor.user.id, orgId: actor.organisation?.id ?? null, secretariat: actor.user.role === 'secretariat' };
}
