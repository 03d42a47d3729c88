import type { ActivityView } from '../../shared/api/dashboard.ts';
import { canSeeThread } from '../../shared/comments/threadVisibility.ts';
import type { Actor } from '../auth/Actor.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import type { StatementAccess } from '../statements/findStatementFor.ts';
import type { Store } from '../store/Store.ts';
import { ACTIVITY_ACTIONS, activityEventOf } from './activityEventOf.ts';

/** How many entries are read for each one shown: room for entries about threads the reader may not see. */
const READ_AHEAD = 4;

/**
 * The latest things that happened on the statements the actor follows (already filtered by the
 * statement policy), newest first: entries scoped to another organisation are never read, and an
 * entry about a comment thread is shown only to those who may see that thread.
 */
export async function recentActivity(store: Store, actor: Actor, followed: readonly StatementAccess[], limit: number): Promise<ActivityView[]> {
  const titleOf = new Map(followed.map(({ statement }) => [statement.id, statement.title]));
  const entries = await store.audit.aboutStatements([...titleOf.keys()], ACTIVITY_ACTIONS, actor.organisation?.id ?? null, limit * READ_AHEAD);
  const viewer = viewerOf(actor);
  const visibleThread = new Map<string, boolean>();
  const users = new Map((await store.users.list()).map((user) => [user.id, user]));
  const shown: ActivityView[] = [];
  for (const entry of entries) {
    if (shown.length === limit) break;
    const event = activityEventOf(entry);
    const title = entry.subjectId === null ? undefined : titleOf.get(entry.subjectId);
    if (event === null || title === undefined || entry.subjectId === null) continue;
    const threadId = entry.details.thread;
    if (typeof threadId === 'string') {
      if (!visibleThread.has(threadId)) {
        const thread = await store.threads.findById(threadId);
        visibleThread.set(threadId, thread !== null && canSeeThread(viewer, thread));
      }
      if (!visibleThread.get(threadId)) continue;
    }
    const actorUser = entry.actorId === null ? undefined : users.get(entry.actorId);
    shown.push({
      sequence: entry.sequence,
      at: entry.at,
      event,
      actorName: actorUser && actorUser.removedAt === null ? actorUser.name : null,
      statement: { id: entry.subjectId, title },
    });
  }
  return shown;
}
