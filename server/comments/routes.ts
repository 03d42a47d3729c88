import { Router } from 'express';
import { canSeeThread } from '../../shared/comments/threadVisibility.ts';
import { createThreadInput, editCommentInput, rejectSuggestionInput, replyInput } from '../../shared/schemas/threads.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { auditScopeOf } from '../audit/auditScopeOf.ts';
import { contentHash } from '../audit/contentHash.ts';
import type { Actor } from '../auth/Actor.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { paginate } from '../http/paginate.ts';
import { parseInput } from '../http/parseInput.ts';
import { checkCommentLength } from '../limits/checkCommentLength.ts';
import { findStatementFor, permit, type StatementAccess } from '../statements/findStatementFor.ts';
import type { ThreadRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { suggestionUpdate } from './anchors.ts';
import { dispositionCsv, dispositionMarkdown, dispositionRows } from './dispositionLog.ts';
import { openThread, publishThread, threadViewsOf } from './openThread.ts';
import { replyToThread } from './replyToThread.ts';
import { permitThreadAction } from './permitThreadAction.ts';
import { viewerOf } from './viewerOf.ts';

/** A thread the actor may see, with the statement access it came with; 404 for anything else. */
export async function findThreadFor(store: Store, actor: Actor, threadId: string): Promise<{ thread: ThreadRecord; access: StatementAccess }> {
  const thread = await store.threads.findById(threadId);
  if (thread === null) throw new HttpError('not_found', 'No such thread');
  const access = await findStatementFor(store, actor, thread.statementId);
  // Invisible threads do not exist for this caller.
  if (!canSeeThread(viewerOf(actor), thread)) throw new HttpError('not_found', 'No such thread');
  return { thread, access };
}

/**
 * Comment threads and suggestions: server commands, validated, authorised, stored, audited and
 * pushed live to the statement's open editors that may see them. Readers who may not edit the
 * text comment and suggest here; only drafters and the secretariat accept or reject, and an
 * accepted suggestion reaches the text through the same store-before-forward path as typing.
 */
export function createCommentsRouter({ store, collab, env }: AppContext): Router {
  const router = Router();

  const viewsOf = (access: StatementAccess, actor: Actor, threads: readonly ThreadRecord[]) =>
    threadViewsOf({ store, collab }, access, viewerOf(actor), threads);
  const publish = (access: StatementAccess, actor: Actor, thread: ThreadRecord) => publishThread({ store, collab }, access, viewerOf(actor), thread);

  const reload = async (threadId: string): Promise<ThreadRecord> => (await store.threads.findById(threadId))!;

  router.get('/statements/:id/threads', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    const viewer = viewerOf(actor);
    const visible = (await store.threads.listForStatement(access.statement.id)).filter((thread) => canSeeThread(viewer, thread));
    response.json(await viewsOf(access, actor, paginate(request, response, visible)));
  });

  router.get('/statements/:id/dispositions.:format', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    const { statement } = access;
    const format = request.params.format;
    if (format !== 'csv' && format !== 'md') throw new HttpError('not_found', 'The disposition log comes as .csv or .md');
    const viewer = viewerOf(actor);
    const rows = dispositionRows(
      await viewsOf(
        access,
        actor,
        (await store.threads.listForStatement(statement.id)).filter((thread) => canSeeThread(viewer, thread)),
      ),
    );
    const filename = `${statement.slug}-dispositions.${format}`;
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    if (format === 'csv') response.type('text/csv').send(dispositionCsv(rows));
    else response.type('text/markdown').send(dispositionMarkdown(statement.title, rows));
  });

  router.post('/statements/:id/threads', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    const thread = await openThread({ store, collab, env }, actor, access, parseInput(createThreadInput, request.body));
    response.status(201).json(await publish(access, actor, thread));
  });

  router.post('/threads/:id/comments', async (request, response) => {
    const actor = requireActor(request);
    const found = await findThreadFor(store, actor, request.params.id);
    await replyToThread({ store, maxCommentChars: env.ACCORD_MAX_COMMENT_CHARS }, actor, found, parseInput(replyInput, request.body), 'web');
    response.status(201).json(await publish(found.access, actor, found.thread));
  });

  /** One's own comment, still there; 403 for someone else's. */
  const ownComment = async (actor: Actor, threadId: string, commentId: string) => {
    const found = await findThreadFor(store, actor, threadId);
    // Re-authorised: an organisation whose agreement lapsed no longer changes what it said.
    permit(found.access, 'statement.comment');
    const comment = await store.threads.findComment(commentId);
    if (comment === null || comment.threadId !== found.thread.id) throw new HttpError('not_found', 'No such comment');
    if (comment.authorId !== actor.user.id) throw new HttpError('forbidden', 'You can change only your own comments');
    if (comment.deletedAt !== null) throw new HttpError('conflict', 'This comment was deleted');
    return { ...found, comment };
  };

  router.patch('/threads/:id/comments/:commentId', async (request, response) => {
    const actor = requireActor(request);
    const { thread, comment, access } = await ownComment(actor, request.params.id, request.params.commentId);
    const { body } = parseInput(editCommentInput, request.body);
    checkCommentLength(body, env.ACCORD_MAX_COMMENT_CHARS);
    await store.threads.editComment(comment.id, body, new Date().toISOString());
    response.json(await publish(access, actor, thread));
  });

  router.delete('/threads/:id/comments/:commentId', async (request, response) => {
    const actor = requireActor(request);
    const { thread, comment, access } = await ownComment(actor, request.params.id, request.params.commentId);
    const entry = auditEntry(
      actor,
      'comment.deleted',
      { type: 'statement', id: thread.statementId },
      { thread: thread.id, comment: comment.id },
      auditScopeOf(access.statement, thread),
    );
    await store.threads.deleteComment(comment.id, new Date().toISOString(), entry);
    response.json(await publish(access, actor, thread));
  });

  /** Resolving and reopening: the thread's author, its statement's drafters and the secretariat. */
  const moveThread = (path: string, from: ThreadRecord['status'], to: ThreadRecord['status'], action: 'resolved' | 'reopened', refused: string) =>
    router.post(`/threads/:id/${path}`, async (request, response) => {
      const actor = requireActor(request);
      const { thread, access } = await findThreadFor(store, actor, request.params.id);
      permitThreadAction(access, viewerOf(actor), thread, 'thread.resolve');
      const event = { threadId: thread.id, action, actorId: actor.user.id, reason: null, at: new Date().toISOString() };
      const entry = auditEntry(
        actor,
        action === 'resolved' ? 'thread.resolved' : 'thread.reopened',
        { type: 'statement', id: thread.statementId },
        { thread: thread.id },
        auditScopeOf(access.statement, thread),
      );
      if (!(await store.threads.decide(thread.id, [from], to, event, entry))) throw new HttpError('conflict', refused);
      response.json(await publish(access, actor, await reload(thread.id)));
    });
  moveThread('resolve', 'open', 'resolved', 'resolved', 'This thread is not open');
  moveThread('reopen', 'resolved', 'open', 'reopened', 'Only a resolved thread can be reopened');

  router.post('/threads/:id/accept', async (request, response) => {
    const actor = requireActor(request);
    const { thread, access } = await findThreadFor(store, actor, request.params.id);
    permitThreadAction(access, viewerOf(actor), thread, 'suggestion.accept', 'The text is frozen: suggestions can be accepted only while drafting');
    const entry = auditEntry(
      actor,
      'suggestion.accepted',
      { type: 'statement', id: thread.statementId },
      { thread: thread.id, quoteHash: contentHash(thread.quote), replacementHash: contentHash(thread.replacement ?? '') },
      auditScopeOf(access.statement, thread),
    );
    await collab.withDocument(thread.statementId, async (document) => {
      const update = suggestionUpdate(document.encodeState(), thread);
      if (update === null) throw new HttpError('conflict', 'The words this suggestion replaces are no longer in the text');
      const event = { threadId: thread.id, action: 'accepted' as const, actorId: actor.user.id, reason: null, at: new Date().toISOString() };
      // The decision, the text change and the audit entry in one transaction, stored before the
      // change is forwarded; the decision's condition makes two drafters accepting at once change the text once.
      await collab.applyServerCommand(document, update, async (documentUpdate) => {
        const sequence = await store.threads.accept(thread.id, event, documentUpdate, entry);
        if (sequence === null) throw new HttpError('conflict', 'This suggestion has been decided already');
        return sequence;
      });
    });
    response.json(await publish(access, actor, await reload(thread.id)));
  });

  router.post('/threads/:id/reject', async (request, response) => {
    const actor = requireActor(request);
    const { thread, access } = await findThreadFor(store, actor, request.params.id);
    permitThreadAction(access, viewerOf(actor), thread, 'suggestion.reject');
    const { reason } = parseInput(rejectSuggestionInput, request.body);
    const at = new Date().toISOString();
    const entry = auditEntry(
      actor,
      'suggestion.rejected',
      { type: 'statement', id: thread.statementId },
      { thread: thread.id, reasonHash: reason === null ? null : contentHash(reason) },
      auditScopeOf(access.statement, thread),
    );
    if (
      !(await store.threads.decide(thread.id, ['open'], 'rejected', { threadId: thread.id, action: 'rejected', actorId: actor.user.id, reason, at }, entry))
    ) {
      throw new HttpError('conflict', 'This suggestion has been decided already');
    }
    response.json(await publish(access, actor, await reload(thread.id)));
  });

  return router;
}
