import fs from 'node:fs';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import type { AppContext } from '../AppContext.ts';
import type { OrganisationRecord, StatementRecord } from '../store/records.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import { textBlocks } from '../versions/canonicalDocument.ts';
import { atomFeed, type FeedSource } from './atomFeed.ts';
import { exportDocx } from './exportDocx.ts';
import { exportHtml } from './exportHtml.ts';
import { exportPdf } from './exportPdf.ts';
import { findPublication, type Publication } from './publication.ts';
import { PublicAnswerCache, type PublicAnswer } from './PublicAnswerCache.ts';
import { indexPage, notFoundPage, page, publicationPage, tooManyRequestsPage } from './publicPages.ts';
import { escapeMarkdown, renderMarkdown } from './renderMarkdown.ts';
import { PROJECT_ROOT } from '../projectRoot.ts';
import { LANGUAGE_COOKIE, requestLanguage } from '../i18n/requestLanguage.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { statementDocument } from './statementDocument.ts';

// Read from the sources: the compiled server (dist/server) has no copy of it.
const STYLESHEET = fs.readFileSync(path.join(PROJECT_ROOT, 'server/publishing/public.css'), 'utf8');

/** No script may run on a public page, whatever a statement or an organisation's name contains. */
const PUBLIC_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Format = 'md' | 'html' | 'docx' | 'pdf';

const textAnswer = (type: string, text: string, disposition: string | null = null): Omit<PublicAnswer, 'etag'> => ({
  type,
  body: Buffer.from(text, 'utf8'),
  disposition,
});

/** The reader's language for a public answer; a language chosen with the switch (`?lang=`) is remembered in a cookie. */
function languageOf(request: Request, response: Response): Language {
  const { language, chosen } = requestLanguage(request);
  if (chosen) response.cookie(LANGUAGE_COOKIE, language, { path: '/p', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 * 1000 });
  // One address, an answer per language: shared caches must keep them apart.
  response.vary('Accept-Language').vary('Cookie');
  response.setHeader('Content-Language', language);
  return language;
}

function notFound(request: Request, response: Response): void {
  const language = languageOf(request, response);
  response.setHeader('Content-Security-Policy', PUBLIC_CSP);
  response.status(404).type('html').send(notFoundPage(language));
}

/** Whether the request's If-None-Match names this answer (weak comparison, as RFC 9110 asks for it). */
function unchangedFor(request: Request, etag: string): boolean {
  const header = request.get('If-None-Match');
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/** A statement's export, rendered from its published version. */
async function exportOf(publication: Publication, format: Format, language: Language): Promise<Omit<PublicAnswer, 'etag'>> {
  const filename = `${publication.statement.slug}.${format}`;
  if (format === 'pdf') return { type: 'application/pdf', body: await exportPdf(publication, language), disposition: `attachment; filename="${filename}"` };
  if (format === 'docx') return { type: DOCX, body: await exportDocx(publication, language), disposition: `attachment; filename="${filename}"` };
  if (format === 'md') {
    const t = translatorFor(language);
    const { version, title } = publication;
    const document = statementDocument(JSON.parse(version.content) as CanonicalNode);
    const list = (entries: typeof publication.signatories) => entries.map((entry) => `- ${escapeMarkdown(entry.name)} (${entry.country})`).join('\n');
    const signed = list(publication.signatories);
    const supported = list(publication.supporters);
    const markdown = [
      `# ${escapeMarkdown(title)}`,
      publication.publisher ? `**${escapeMarkdown(publication.publisher.label)}**` : '',
      t('public:export.markdownMeta', { date: publication.publication.publishedAt.slice(0, 10), n: version.number, hash: version.hash }),
      renderMarkdown(document).trimEnd(),
      signed ? `## ${t('public:export.signatories')}\n\n${signed}` : '',
      supported ? `## ${t('public:export.supporters')}\n\n${supported}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    return textAnswer('text/markdown; charset=utf-8', `${markdown}\n`, `inline; filename="${filename}"`);
  }
  return textAnswer('text/html; charset=utf-8', exportHtml(publication, language), `inline; filename="${filename}"`);
}

/**
 * The public site, rendered on the server and readable without JavaScript: the coalition's index,
 * each published statement (and each published version, permanently), its exports and the Atom
 * feed; and apart from them, under /p/orgs/<org>/, what an organisation published of its own forks,
 * with its own feed. Every answer is cached per published version and signature set, with an ETag.
 */
export function createPublicRouter({ store, env, logger, rateLimiters }: AppContext): Router {
  const router = Router();
  const cache = new PublicAnswerCache(
    logger,
    rateLimiters.create({ keyPrefix: 'public-renders', points: env.ACCORD_PUBLIC_REQUESTS_PER_MINUTE, duration: 60 }),
  );

  /** Sends the cached (or just rendered) answer for `route`, made of `statementId`'s public data (null: all of it). */
  async function serve(
    request: Request,
    response: Response,
    route: string,
    statementId: string | null,
    language: Language,
    render: () => Promise<Omit<PublicAnswer, 'etag'> | null>,
  ) {
    // The route last but the fingerprint: the log line (key without fingerprint) ends with what was rendered.
    const key = `${language} ${route} ${await store.publicSite.fingerprint(statementId)}`;
    let missing = false;
    const outcome = await cache.answer(key, request.ip ?? 'unknown', async () => {
      const answer = await render();
      if (answer === null) {
        missing = true;
        return textAnswer('text/html; charset=utf-8', '');
      }
      return answer;
    });
    if ('retryAfterSeconds' in outcome) {
      response.setHeader('Retry-After', String(outcome.retryAfterSeconds));
      response.setHeader('Content-Security-Policy', PUBLIC_CSP);
      response.status(429).type('html').send(tooManyRequestsPage(language, outcome.retryAfterSeconds));
      return;
    }
    const { answer } = outcome;
    if (missing || answer.body.length === 0) {
      notFound(request, response);
      return;
    }
    response.setHeader('Content-Security-Policy', PUBLIC_CSP);
    response.setHeader('Cache-Control', 'public, max-age=60');
    response.setHeader('ETag', answer.etag);
    response.setHeader('X-Accord-Cache', outcome.cache);
    if (unchangedFor(request, answer.etag)) {
      response.status(304).end();
      return;
    }
    if (answer.disposition) response.setHeader('Content-Disposition', answer.disposition);
    // Said outright, whatever middleware comes in front: the app's download progress needs the size.
    response.setHeader('Content-Length', String(answer.body.length));
    response.type(answer.type).send(answer.body);
  }

  /** The coalition's own published statements (never a fork), newest first. */
  const coalitionPublications = async () => {
    const entries: Publication[] = [];
    for (const publication of await store.publications.latest()) {
      const statement = await store.statements.findById(publication.statementId);
      if (statement === null || statement.ownerOrgId !== null) continue;
      const full = await findPublication(store, statement, publication.versionNumber);
      if (full !== null) entries.push(full);
    }
    return entries;
  };

  /** One organisation's published forks, newest first. */
  const organisationPublications = async (organisation: OrganisationRecord) => {
    const entries: Publication[] = [];
    for (const publication of await store.publications.latest()) {
      const statement = await store.statements.findById(publication.statementId);
      if (statement === null || statement.ownerOrgId !== organisation.id) continue;
      const full = await findPublication(store, statement, publication.versionNumber);
      if (full !== null) entries.push(full);
    }
    return entries;
  };

  const feedOf = (request: Request, source: FeedSource, publications: Publication[]) => {
    const origin = publicOrigin(request, env.PUBLIC_URL);
    const entries = publications.map((entry) => {
      const text = textBlocks(JSON.parse(entry.version.content) as CanonicalNode)
        .slice(0, 2)
        .join(' ');
      return {
        url: `${origin}${entry.path}`,
        // A fork's entry says whose it is in its title too: readers show titles first.
        title: entry.publisher ? `${entry.title} (${entry.publisher.label})` : entry.title,
        publishedAt: entry.publication.publishedAt,
        updatedAt: entry.publication.withdrawnAt ?? entry.publication.publishedAt,
        summary: (entry.publisher ? `${entry.publisher.label}. ${text}` : text).slice(0, 500),
      };
    });
    return textAnswer('application/atom+xml; charset=utf-8', atomFeed(origin, source, entries));
  };

  /** The statement at a coalition address, or null for a fork (its address is under its organisation). */
  const coalitionStatement = async (slug: string) => {
    const statement = await store.statements.findBySlug(slug);
    return statement !== null && statement.ownerOrgId === null ? statement : null;
  };

  /** The fork an organisation published at /p/orgs/<org>/<slug>, or null. */
  const organisationStatement = async (organisationSlug: string, slug: string): Promise<StatementRecord | null> => {
    const organisation = await store.organisations.findBySlug(organisationSlug);
    const statement = organisation === null ? null : await store.statements.findBySlug(slug);
    return statement !== null && organisation !== null && statement.ownerOrgId === organisation.id ? statement : null;
  };

  /** A published statement's page (or one format of it), from the statement found at its address. */
  async function serveStatement(request: Request, response: Response, statement: StatementRecord | null, format: Format | undefined, versionNumber?: number) {
    if (statement === null) {
      notFound(request, response);
      return;
    }
    const language = languageOf(request, response);
    await serve(request, response, `statement ${statement.id} ${versionNumber ?? 'newest'} ${format ?? 'page'}`, statement.id, language, async () => {
      const publication = await findPublication(store, statement, versionNumber);
      if (publication === null) return null;
      if (format) return exportOf(publication, format, language);
      return textAnswer('text/html; charset=utf-8', publicationPage(publication, versionNumber !== undefined, language));
    });
  }

  const parseFile = (file: string) => {
    const [, slug, format] = /^(.+?)(?:\.(md|html|docx|pdf))?$/.exec(file)!;
    return { slug: slug!, format: format as Format | undefined };
  };

  router.get('/p/assets/public.css', (_request, response) => {
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.type('css').send(STYLESHEET);
  });

  router.get('/p/', async (request, response) => {
    const language = languageOf(request, response);
    await serve(request, response, 'index', null, language, async () => {
      const entries = (await coalitionPublications()).map((entry) => ({
        slug: entry.statement.slug,
        title: entry.title,
        publishedAt: entry.publication.publishedAt,
        version: entry.version.number,
        withdrawn: entry.statement.stage === 'withdrawn',
        signatories: entry.signatories.length,
      }));
      return textAnswer('text/html; charset=utf-8', indexPage(entries, language));
    });
  });

  router.get('/p/feed.xml', async (request, response) => {
    const origin = publicOrigin(request, env.PUBLIC_URL);
    const language = languageOf(request, response);
    const t = translatorFor(language);
    await serve(request, response, `feed ${origin}`, null, language, async () =>
      feedOf(
        request,
        { title: t('public:index.title'), author: t('public:feed.coalition'), selfPath: '/p/feed.xml', pagePath: '/p/' },
        await coalitionPublications(),
      ),
    );
  });

  router.get('/p/orgs/:org/feed.xml', async (request, response) => {
    const organisation = await store.organisations.findBySlug(request.params.org);
    if (organisation === null) {
      notFound(request, response);
      return;
    }
    const origin = publicOrigin(request, env.PUBLIC_URL);
    const language = languageOf(request, response);
    const t = translatorFor(language);
    // i18n-ignore: a cache key
    await serve(request, response, `organisation feed ${organisation.id} ${origin}`, null, language, async () => {
      const publications = await organisationPublications(organisation);
      const source = {
        title: t('public:feed.organisation', { organisation: organisation.name }),
        author: organisation.name,
        selfPath: `/p/orgs/${encodeURIComponent(organisation.slug)}/feed.xml`,
        pagePath: publications[0]?.path ?? `/p/orgs/${encodeURIComponent(organisation.slug)}/feed.xml`,
      };
      return feedOf(request, source, publications);
    });
  });

  router.get('/p/orgs/:org/:file', async (request, response) => {
    const { slug, format } = parseFile(request.params.file);
    await serveStatement(request, response, await organisationStatement(request.params.org, slug), format);
  });

  router.get('/p/orgs/:org/:slug/v/:number', async (request, response) => {
    const number = Number(request.params.number);
    const statement = Number.isInteger(number) ? await organisationStatement(request.params.org, request.params.slug) : null;
    await serveStatement(request, response, statement, undefined, number);
  });

  router.get('/p/:file', async (request, response) => {
    const { slug, format } = parseFile(request.params.file);
    await serveStatement(request, response, await coalitionStatement(slug), format);
  });

  router.get('/p/:slug/v/:number', async (request, response) => {
    const number = Number(request.params.number);
    const statement = Number.isInteger(number) ? await coalitionStatement(request.params.slug) : null;
    await serveStatement(request, response, statement, undefined, number);
  });

  return router;
}
