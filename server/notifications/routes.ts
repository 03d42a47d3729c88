import { type RequestHandler, Router } from 'express';
import type { NeedCountView, NeedView } from '../../shared/api/types.ts';
import { canSeeThread } from '../../shared/comments/threadVisibility.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages.ts';
import { needListQuery, needParams } from '../../shared/schemas/needs.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import type { Actor } from '../auth/Actor.ts';
import { requireActor } from '../auth/requireActor.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { readerLanguage } from '../i18n/readerLanguage.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import { accessTo } from '../statements/findStatementFor.ts';
import type { NoticeRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import type { NoticeFollower } from './NoticeFollower.ts';
import { noticeTitle } from './noticeWording.ts';

const MAX_NEEDS = 200;

/**
 * The actor's open notices they may still see, newest first: the statement policy and thread
 * visibility are asked again now, so an item about something they lost access to is not listed.
 * Titles are in `language` (the account's by default).
 */
export async function openNeedsOf(store: Store, actor: Actor, language: Language = actor.user.language ?? DEFAULT_LANGUAGE): Promise<NoticeRecord[]> {
  const t = translatorFor(language);
  const notices = await store.notices.listOpen(actor.user.id, MAX_NEEDS);
  const readable = new Map<string, boolean>();
  const visible = new Map<string, boolean>();
  const viewer = viewerOf(actor);
  const shown: NoticeRecord[] = [];
  for (const notice of notices) {
    if (!readable.has(notice.statementId)) {
      const statement = await store.statements.findById(notice.statementId);
      readable.set(
        notice.statementId,
        statement !== null && accessTo(actor, statement, await store.statements.drafterIds(statement.id)).can.has('statement.read'),
      );
    }
    if (!readable.get(notice.statementId)) continue;
    if (notice.threadId !== null) {
      if (!visible.has(notice.threadId)) {
        const thread = await store.threads.findById(notice.threadId);
        visible.set(notice.threadId, thread !== null && canSeeThread(viewer, thread));
      }
      if (!visible.get(notice.threadId)) continue;
    }
    shown.push({ ...notice, title: noticeTitle(t, notice) });
  }
  return shown;
}

/** A notice as "What needs me" shows it (also the dashboard's summary). */
export const needView = (notice: NoticeRecord): NeedView => ({
  id: notice.id,
  kind: notice.kind,
  statementId: notice.statementId,
  threadId: notice.threadId,
  title: notice.title,
  excerpt: notice.excerpt,
  due: notice.due,
  url: notice.url,
  createdAt: notice.createdAt,
});

/** "What needs me": the signed-in user's open items, their count, and marking one done. */
export function createNeedsRouter({ store }: AppContext): Router {
  const router = Router();

  router.get('/me/needs', async (request, response) => {
    const actor = requireActor(request);
    parseInput(needListQuery, request.query);
    response.json((await openNeedsOf(store, actor, readerLanguage(request, actor.user))).map(needView));
  });

  router.get('/me/needs/count', async (request, response) => {
    const actor = requireActor(request);
    parseInput(needListQuery, request.query);
    const view: NeedCountView = { count: (await openNeedsOf(store, actor)).length };
    response.json(view);
  });

  router.post('/me/needs/:id/done', async (request, response) => {
    const actor = requireActor(request);
    const { id } = parseInput(needParams, request.params);
    // Someone else's item, or one already settled, does not exist for this user.
    // The entry names the item only: nothing of the statement or thread it was about.
    const entry = auditEntry(actor, 'notice.done', { type: 'notice', id });
    if (!(await store.notices.markDone(actor.user.id, id, entry.at, entry))) throw new HttpError('not_found', 'No such item');
    response.status(204).end();
  });

  return router;
}

/** After any command over the API, the notice follower looks at the log at once instead of at its next tick. */
export function nudgeNoticesAfterCommands(notices: NoticeFollower): RequestHandler {
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') response.on('finish', () => notices.nudge());
    next();
  };
}
