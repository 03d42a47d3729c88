import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ThreadViewer } from '../../shared/comments/threadVisibility.ts';
import { threadPolicy } from '../../shared/permissions/threadPolicy.ts';
import type { createThreadInput } from '../../shared/schemas/threads.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { auditScopeOf } from '../audit/auditScopeOf.ts';
import type { Actor } from '../auth/Actor.ts';
import type { CollabServer } from '../collab/CollabServer.ts';
import type { Environment } from '../env.ts';
import { HttpError } from '../http/HttpError.ts';
import { checkCommentLength } from '../limits/checkCommentLength.ts';
import { permit, type StatementAccess } from '../statements/findStatementFor.ts';
import type { Mention, NewAuditEntry, ThreadRecord } from '../store/records.ts';
import type { NewThread, Store } from '../store/Store.ts';
import { isOrphaned, resolveRange, textBetween, textIndexOf } from './anchors.ts';
import { threadViews } from './threadViews.ts';

export type ThreadInput = z.output<typeof createThreadInput>;

export async function checkMentions(store: Store, mentions: readonly Mention[]): Promise<void> {
  for (const mention of mentions) {
    const found = mention.type === 'user' ? await store.users.findById(mention.id) : await store.organisations.findById(mention.id);
    if (found === null || found.removedAt !== null) throw new HttpError('bad_request', `No ${mention.type} ${mention.id} to mention`);
  }
}

/**
 * Opens a comment thread or a suggestion: authorised, validated against the live text (the quote
 * is taken from the document, never from the caller), stored with its first comment and audited,
 * in one transaction. The one way threads are made in the editor.
 */
/** What opening a thread needs: the store, the live documents, and the limits on threads and comments. */
export interface ThreadContext {
  store: Store;
  collab: CollabServer;
  env: Pick<Environment, 'ACCORD_MAX_THREADS_PER_STATEMENT' | 'ACCORD_MAX_COMMENT_CHARS'>;
}

export async function openThread(context: ThreadContext, actor: Actor, access: StatementAccess, input: ThreadInput): Promise<ThreadRecord> {
  const prepared = await prepareThread(context, actor, access, input);
  await context.store.threads.create([prepared.newThread], [prepared.audit]);
  return prepared.newThread.thread;
}

/**
 * A thread checked and built but not stored, with its audit entry (ids and kind, never its words):
 * forks offering several changes back store all of theirs in one transaction.
 */
export async function prepareThread(
  { store, collab, env }: ThreadContext,
  actor: Actor,
  access: StatementAccess,
  input: ThreadInput,
): Promise<{ newThread: NewThread; audit: NewAuditEntry }> {
  permit(access, 'statement.comment');
  if (input.visibility === 'organisation' && actor.organisation === null) {
    throw new HttpError('bad_request', 'Only a contact of an organisation can keep a thread within their organisation');
  }
  if (input.kind === 'suggestion') permit(access, 'statement.suggest');
  checkCommentLength(input.body, env.ACCORD_MAX_COMMENT_CHARS);
  if (input.kind === 'suggestion') checkCommentLength(input.replacement, env.ACCORD_MAX_COMMENT_CHARS, 'Suggested wording', 'replacement');
  const existing = (await store.threads.listForStatement(access.statement.id)).length;
  if (existing >= env.ACCORD_MAX_THREADS_PER_STATEMENT) {
    throw new HttpError(
      'too_many_requests',
      `This statement has ${existing.toLocaleString('en')} comment threads and suggestions, the most it may have (${env.ACCORD_MAX_THREADS_PER_STATEMENT.toLocaleString('en')}); reply in an existing thread, or ask the secretariat to raise ACCORD_MAX_THREADS_PER_STATEMENT`,
    );
  }
  await checkMentions(store, input.mentions);
  const quote = await collab.withDocument(access.statement.id, (document) => {
    const range = resolveRange(document.doc, input.anchorStart, input.anchorEnd);
    if (range === null) throw new HttpError('bad_request', "The anchor does not point into this statement's text");
    if (input.kind === 'suggestion' && range.start.text !== range.end.text) {
      throw new HttpError('bad_request', 'A suggestion replaces words within one paragraph');
    }
    return textBetween(document.doc, range);
  });
  if (input.kind === 'comment' && quote === '') throw new HttpError('bad_request', 'Select the words the comment is about');
  if (input.kind === 'suggestion' && input.replacement === quote) throw new HttpError('bad_request', 'The suggestion does not change the words');
  const now = new Date().toISOString();
  const thread: ThreadRecord = {
    id: randomUUID(),
    statementId: access.statement.id,
    kind: input.kind,
    anchorStart: input.anchorStart,
    anchorEnd: input.anchorEnd,
    quote,
    replacement: input.kind === 'suggestion' ? input.replacement : null,
    visibility: input.visibility,
    orgId: actor.organisation?.id ?? null,
    authorId: actor.user.id,
    status: 'open',
    createdAt: now,
    updatedAt: now,
  };
  const firstComment =
    input.body === ''
      ? null
      : {
          id: randomUUID(),
          threadId: thread.id,
          authorId: actor.user.id,
          body: input.body,
          mentions: input.mentions,
          createdAt: now,
          editedAt: null,
          deletedAt: null,
        };
  const audit = auditEntry(
    actor,
    'thread.created',
    { type: 'statement', id: thread.statementId },
    { thread: thread.id, kind: thread.kind, visibility: thread.visibility },
    auditScopeOf(access.statement, thread),
  );
  return { newThread: { thread, firstComment }, audit };
}

/**
 * Views of some threads of one statement, with orphan state from its live document. The text is
 * indexed once for the whole list: linear in threads plus text, not their product.
 */
export function threadViewsOf(
  { store, collab }: { store: Store; collab: CollabServer },
  access: StatementAccess,
  viewer: ThreadViewer,
  threads: readonly ThreadRecord[],
): Promise<ThreadView[]> {
  const statementCan = [...access.can];
  return collab.withDocument(access.statement.id, (document) => {
    const index = textIndexOf(document.doc);
    return threadViews(
      store,
      threads,
      (thread) => isOrphaned(document.doc, thread, index),
      (thread) => threadPolicy(statementCan, viewer, thread),
    );
  });
}

/**
 * A changed thread: its view for the caller, and pushed to the open editors who may see it, each
 * with what they may do with it.
 */
export async function publishThread(
  context: { store: Store; collab: CollabServer },
  access: StatementAccess,
  viewer: ThreadViewer,
  thread: ThreadRecord,
): Promise<ThreadView> {
  const [view] = await threadViewsOf(context, access, viewer, [thread]);
  await context.collab.pushThread(view!, thread);
  return view!;
}
