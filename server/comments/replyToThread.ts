import { randomUUID } from 'node:crypto';
import { auditEntry } from '../audit/AuditLog.ts';
import { auditScopeOf } from '../audit/auditScopeOf.ts';
import type { Actor } from '../auth/Actor.ts';
import { checkCommentLength } from '../limits/checkCommentLength.ts';
import type { StatementAccess } from '../statements/findStatementFor.ts';
import type { CommentRecord, Mention, ThreadRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { checkMentions } from './openThread.ts';
import { permitThreadAction } from './permitThreadAction.ts';
import { viewerOf } from './viewerOf.ts';

/** Where a reply came from: the editor, or an e-mail answering a notification. */
export type ReplyChannel = 'web' | 'email';

/**
 * Adds a reply to a thread the actor may see: authorised by the statement policy, within the
 * comment length limit, stored with its audit entry in one transaction. The one way replies are
 * made, whichever way they arrive; the audit entry is what notifications follow.
 */
export async function replyToThread(
  { store, maxCommentChars }: { store: Store; maxCommentChars: number },
  actor: Actor,
  found: { thread: ThreadRecord; access: StatementAccess },
  /** `commentId`: a channel that may deliver one reply twice (mail) names it, so the store keeps it once. */
  input: { body: string; mentions: readonly Mention[]; commentId?: string },
  channel: ReplyChannel,
): Promise<CommentRecord> {
  const { thread, access } = found;
  permitThreadAction(access, viewerOf(actor), thread, 'thread.reply');
  checkCommentLength(input.body, maxCommentChars);
  await checkMentions(store, input.mentions);
  const comment: CommentRecord = {
    id: input.commentId ?? randomUUID(),
    threadId: thread.id,
    authorId: actor.user.id,
    body: input.body,
    mentions: [...input.mentions],
    createdAt: new Date().toISOString(),
    editedAt: null,
    deletedAt: null,
  };
  const entry = auditEntry(
    actor,
    'comment.added',
    { type: 'statement', id: thread.statementId },
    { thread: thread.id, comment: comment.id, channel },
    auditScopeOf(access.statement, thread),
  );
  await store.threads.addComment(comment, entry);
  return comment;
}
