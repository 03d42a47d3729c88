import type { CollabServer } from '../collab/CollabServer.ts';
import { publishThread } from '../comments/openThread.ts';
import { replyToThread } from '../comments/replyToThread.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import { HttpError } from '../http/HttpError.ts';
import type { Store } from '../store/Store.ts';
import type { AttributedReply } from './attributeMailReply.ts';
import { MailRefusal } from './MailRefusal.ts';

/**
 * Posts an attributed reply through the one reply command (authorised again, audited as
 * `comment.added` with channel `email`) and pushes the thread to its open editors as a web reply
 * would. 'duplicate' when the same mail, delivered twice at once, was stored by the other delivery.
 */
export async function postMailReply(
  context: { store: Store; collab: CollabServer; maxCommentChars: number },
  reply: AttributedReply,
): Promise<'posted' | 'duplicate'> {
  const { store, collab } = context;
  try {
    await replyToThread(context, reply.actor, reply.found, { body: reply.body, mentions: [], commentId: reply.commentId }, 'email');
  } catch (error) {
    if ((await store.threads.findComment(reply.commentId)) !== null) return 'duplicate';
    if (error instanceof HttpError) {
      throw new MailRefusal(error.message, `refused by the policy: ${error.code} (thread ${reply.found.thread.id}, user ${reply.actor.user.id})`);
    }
    throw error;
  }
  await publishThread({ store, collab }, reply.found.access, viewerOf(reply.actor), reply.found.thread);
  return 'posted';
}
