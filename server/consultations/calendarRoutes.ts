import { Router, type Request, type Response } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import type { AppContext } from '../AppContext.ts';
import { readerLanguage } from '../i18n/readerLanguage.ts';
import { requestLanguage } from '../i18n/requestLanguage.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import { accessTo } from '../statements/findStatementFor.ts';
import { calendarFeed, type FeedEntry } from './calendarFeed.ts';
import { feedActor } from './feedActor.ts';

/**
 * The calendar feeds, outside /api: fetched by calendar apps (no cookie, no Origin), so the secret
 * feed is found by its signed address alone. Limited per address like the public pages.
 */
export function createCalendarFeedRouter({ store, env, secret, logger, rateLimiters }: AppContext): Router {
  const router = Router();
  const limiter = rateLimiters.create({ keyPrefix: 'calendar-feeds', points: env.ACCORD_PUBLIC_REQUESTS_PER_MINUTE, duration: 60 });

  /** False (and the 429 sent) when the address asked too often. */
  const withinLimit = async (request: Request, response: Response) => {
    try {
      await limiter.consume(request.ip ?? 'unknown');
      return true;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      response.setHeader('Retry-After', String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
      response
        .status(429)
        .type('text/plain')
        .send(translatorFor(requestLanguage(request).language)('public:tooMany.title'));
      return false;
    }
  };

  const sendFeed = (response: Response, body: string) => {
    response.setHeader('Cache-Control', 'private, no-cache');
    response.type('text/calendar; charset=utf-8').send(body);
  };

  const notFound = (request: Request, response: Response) => {
    const t = translatorFor(requestLanguage(request).language);
    response.status(404).type('text/plain').send(t('public:calendar.notFound'));
  };

  router.get('/calendar/:file', async (request, response) => {
    if (!(await withinLimit(request, response))) return;
    const file = request.params.file;
    const feedId = file.endsWith('.ics') ? secret.verify('calendar', file.slice(0, -'.ics'.length)) : null;
    const userId = feedId === null ? null : await store.calendarFeeds.userOf(feedId);
    const actor = userId === null ? null : await feedActor(store, userId);
    if (actor === null) {
      notFound(request, response);
      return;
    }
    const consultations = new Map((await store.consultations.list()).map((consultation) => [consultation.id, consultation]));
    const entries = new Map<string, FeedEntry>();
    for (const link of await store.consultations.links()) {
      const consultation = link.consultationId === null ? undefined : consultations.get(link.consultationId);
      const statement = consultation && (await store.statements.findById(link.statementId));
      if (!consultation || !statement) continue;
      // The same policy as everywhere: nothing about a statement the user may not read.
      if (!accessTo(actor, statement, await store.statements.drafterIds(statement.id)).can.has('statement.read')) continue;
      const entry = entries.get(consultation.id) ?? { consultation, moves: await store.consultations.moves(consultation.id), statements: [] };
      entry.statements.push({ statement, link, path: `/statements/${statement.id}` });
      entries.set(consultation.id, entry);
    }
    logger.debug({ user: actor.user.id, consultations: entries.size }, 'calendar feed');
    // The owner's language: calendar apps send no cookie and seldom a language.
    sendFeed(response, calendarFeed('personal', publicOrigin(request, env.PUBLIC_URL), [...entries.values()], readerLanguage(request, actor.user)));
  });

  router.get('/p/calendar.ics', async (request, response) => {
    if (!(await withinLimit(request, response))) return;
    const links = await store.consultations.links();
    const entries: FeedEntry[] = [];
    for (const consultation of await store.consultations.list()) {
      if (!consultation.public) continue;
      const statements: FeedEntry['statements'] = [];
      for (const link of links.filter((candidate) => candidate.consultationId === consultation.id)) {
        const statement = await store.statements.findById(link.statementId);
        // Only what the public site shows: published coalition statements, named and linked, without their milestones.
        if (statement?.stage === 'published' && statement.ownerOrgId === null) {
          statements.push({
            statement,
            link: { ...link, milestones: { commentsClose: null, signOnCloses: null, publication: null } },
            path: `/p/${statement.slug}`,
          });
        }
      }
      entries.push({ consultation, moves: await store.consultations.moves(consultation.id), statements });
    }
    sendFeed(response, calendarFeed('public', publicOrigin(request, env.PUBLIC_URL), entries, requestLanguage(request).language));
  });

  return router;
}
