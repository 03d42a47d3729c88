import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import type { AppContext } from '../AppContext.ts';
import type { CanonicalNode } from '../versions/canonicalDocument.ts';
import { textBlocks } from '../versions/canonicalDocument.ts';
import { atomFeed } from './atomFeed.ts';
import { exportDocx } from './exportDocx.ts';
import { exportPdf } from './exportPdf.ts';
import { findPublication } from './publication.ts';
import { indexPage, page, publicationPage, statementBody } from './publicPages.ts';
import { escapeHtml } from './escapeHtml.ts';
import { escapeMarkdown, renderMarkdown } from './renderMarkdown.ts';
import { statementDocument } from './statementDocument.ts';

const STYLESHEET = fs.readFileSync(path.join(import.meta.dirname, 'public.css'), 'utf8');

/** No script may run on a public page, whatever a statement or an organisation's name contains. */
const PUBLIC_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(response: Response, type: string, body: string, download?: string): void {
  response.setHeader('Content-Security-Policy', PUBLIC_CSP);
  response.setHeader('Cache-Control', 'public, max-age=60');
  if (download) response.setHeader('Content-Disposition', `inline; filename="${download}"`);
  response.type(type).send(body);
}

function notFound(response: Response): void {
  response.status(404);
  send(response, 'html', page('Not found', '<h1>Not found</h1><p>There is no published statement here. <a href="/p/">All published statements</a></p>'));
}

/**
 * The public site, rendered on the server and readable without JavaScript: the index, each
 * published statement (and each published version, permanently), its exports and the Atom feed.
 */
export function createPublicRouter({ store, env }: AppContext): Router {
  const router = Router();

  const published = async () => {
    const entries = [];
    for (const publication of await store.publications.latest()) {
      const statement = await store.statements.findById(publication.statementId);
      if (statement === null) continue;
      const full = await findPublication(store, statement.slug, publication.versionNumber);
      if (full !== null) entries.push(full);
    }
    return entries;
  };

  router.get('/p/assets/public.css', (_request, response) => {
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.type('css').send(STYLESHEET);
  });

  router.get('/p/', async (_request, response) => {
    const entries = (await published()).map((entry) => ({
      slug: entry.statement.slug,
      title: entry.statement.title,
      publishedAt: entry.publication.publishedAt,
      version: entry.version.number,
      withdrawn: entry.statement.stage === 'withdrawn',
      signatories: entry.signatories.length,
    }));
    send(response, 'html', indexPage(entries));
  });

  router.get('/p/feed.xml', async (request, response) => {
    const origin = publicOrigin(request, env.PUBLIC_URL);
    const entries = (await published()).map((entry) => ({
      url: `${origin}/p/${entry.statement.slug}`,
      title: entry.statement.title,
      publishedAt: entry.publication.publishedAt,
      updatedAt: entry.publication.withdrawnAt ?? entry.publication.publishedAt,
      summary: textBlocks(JSON.parse(entry.version.content) as CanonicalNode).slice(0, 2).join(' ').slice(0, 500),
    }));
    send(response, 'application/atom+xml', atomFeed(origin, entries));
  });

  router.get('/p/:file', async (request, response) => {
    const match = /^(.+?)(?:\.(md|html|docx|pdf))?$/.exec(request.params.file)!;
    const [, slug, format] = match;
    const publication = await findPublication(store, slug!);
    if (publication === null) {
      notFound(response);
      return;
    }
    if (format === 'docx' || format === 'pdf') {
      const file = format === 'docx' ? await exportDocx(publication) : await exportPdf(publication);
      response.setHeader('Content-Disposition', `attachment; filename="${publication.statement.slug}.${format}"`);
      response.setHeader('Cache-Control', 'public, max-age=60');
      response.type(format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf').send(file);
      return;
    }
    if (format === 'md') {
      const { statement, version } = publication;
      const document = statementDocument(JSON.parse(version.content) as CanonicalNode);
      const list = (entries: typeof publication.signatories) => entries.map((entry) => `- ${escapeMarkdown(entry.name)} (${entry.country})`).join('\n');
      const signed = list(publication.signatories);
      const supported = list(publication.supporters);
      const markdown = [
        `# ${escapeMarkdown(statement.title)}`,
        `Published ${publication.publication.publishedAt.slice(0, 10)} · version ${version.number} · SHA-256 ${version.hash}`,
        renderMarkdown(document).trimEnd(),
        signed ? `## Signatories\n\n${signed}` : '',
        supported ? `## Supporters\n\n${supported}` : '',
      ]
        .filter(Boolean)
        .join('\n\n');
      send(response, 'text/markdown', `${markdown}\n`, `${statement.slug}.md`);
      return;
    }
    if (format === 'html') {
      send(response, 'html', page(publication.statement.title, `<h1>${escapeHtml(publication.statement.title)}</h1>\n${statementBody(publication)}`, { feed: false }), `${publication.statement.slug}.html`);
      return;
    }
    send(response, 'html', publicationPage(publication, false));
  });

  router.get('/p/:slug/v/:number', async (request, response) => {
    const number = Number(request.params.number);
    const publication = Number.isInteger(number) ? await findPublication(store, request.params.slug, number) : null;
    if (publication === null) {
      notFound(response);
      return;
    }
    send(response, 'html', publicationPage(publication, true));
  });

  return router;
}
