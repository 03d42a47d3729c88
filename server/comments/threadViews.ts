import type { ThreadView } from '../../shared/api/types.ts';
import type { ThreadAction } from '../../shared/permissions/threadPolicy.ts';
import { groupBy } from '../http/groupBy.ts';
import { Directory } from '../people/Directory.ts';
import type { CommentRecord, ThreadRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

async function commentView(directory: Directory, comment: CommentRecord): Promise<ThreadView['comments'][number]> {
  return {
    id: comment.id,
    author: await directory.person(comment.authorId),
    body: comment.deletedAt ? '' : comment.body,
    mentions: comment.deletedAt
      ? []
      : await Promise.all(
          comment.mentions.map(async (mention) => ({
            ...mention,
            name: mention.type === 'user' ? (await directory.person(mention.id)).name : await directory.organisation(mention.id),
          })),
        ),
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    deleted: comment.deletedAt !== null,
    ...(comment.origin ? { origin: comment.origin } : {}),
  };
}

/**
 * Threads as the API shows them, with their comments, decisions, whether they lost their words,
 * and what the caller may do with each (`canFor`: the thread policy's answer).
 */
export async function threadViews(
  store: Store,
  threads: readonly ThreadRecord[],
  orphaned: (thread: ThreadRecord) => boolean,
  canFor: (thread: ThreadRecord) => ThreadAction[],
): Promise<ThreadView[]> {
  const directory = new Directory(store);
  const ids = threads.map((thread) => thread.id);
  const [comments, events] = await Promise.all([store.threads.commentsOf(ids), store.threads.eventsOf(ids)]);
  // Grouped once: a listing is linear in threads plus comments, not their product.
  const commentsOf = groupBy(comments, (comment) => comment.threadId);
  const eventsOf = groupBy(events, (event) => event.threadId);
  return Promise.all(
    threads.map(async (thread) => ({
      id: thread.id,
      statementId: thread.statementId,
      kind: thread.kind,
      anchorStart: thread.anchorStart,
      anchorEnd: thread.anchorEnd,
      quote: thread.quote,
      replacement: thread.replacement,
      visibility: thread.visibility,
      author: await directory.person(thread.authorId),
      status: thread.status,
      orphaned: orphaned(thread),
      comments: await Promise.all((commentsOf.get(thread.id) ?? []).map((comment) => commentView(directory, comment))),
      events: await Promise.all(
        (eventsOf.get(thread.id) ?? []).map(async (event) => ({
          action: event.action,
          by: await directory.person(event.actorId),
          reason: event.reason,
          at: event.at,
        })),
      ),
      createdAt: thread.createdAt,
      updatedAt: thread.updatedAt,
      can: canFor(thread),
      ...(thread.origin ? { origin: thread.origin } : {}),
    })),
  );
}
