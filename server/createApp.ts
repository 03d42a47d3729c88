import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { AppContext } from './AppContext.ts';
import { PROJECT_ROOT } from './projectRoot.ts';
import { createAccountsRouter } from './accounts/routes.ts';
import { createAuditRouter } from './audit/routes.ts';
import { createAuthRouter } from './auth/routes.ts';
import { createDashboardRouter } from './dashboard/routes.ts';
import { createDirectoryRouter } from './comments/directoryRoute.ts';
import { createCommentsRouter } from './comments/routes.ts';
import { createCalendarFeedRouter } from './consultations/calendarRoutes.ts';
import { createConsultationsRouter } from './consultations/routes.ts';
import { loadActor } from './auth/requireActor.ts';
import { createForksRouter } from './forks/routes.ts';
import { createInvitationsRouter } from './invitations/routes.ts';
import { createMailRouter } from './mail/routes.ts';
import { createUnsubscribeRouter } from './mail/unsubscribeRoutes.ts';
import { perUserRateLimit } from './limits/perUserRateLimit.ts';
import { createOrganisationsRouter } from './organisations/routes.ts';
import { createPublicRouter } from './publishing/routes.ts';
import { createPurposeRouter } from './purpose/routes.ts';
import { createSearchRouter } from './search/routes.ts';
import { createSignOnRouter } from './signons/routes.ts';
import { createStatementsRouter } from './statements/routes.ts';
import { createVersionsRouter } from './versions/routes.ts';
import { createWordExportRouter } from './word/exportRoutes.ts';
import { createWordImportRouter } from './word/import/routes.ts';
import { createNeedsRouter, nudgeNoticesAfterCommands } from './notifications/routes.ts';
import { handleApiNotFound, handleErrors } from './http/handleErrors.ts';
import { noStore } from './http/noStore.ts';
import { redactUrl } from './http/redactUrl.ts';
import { requireJson } from './http/requireJson.ts';
import { requirePublicHost } from './http/requirePublicHost.ts';
import { requireSameOrigin } from './http/sameOrigin.ts';

const CLIENT_DIRECTORY = path.join(PROJECT_ROOT, 'dist/client');

/** The HTTP app: security headers, then the API (origin → session → JSON → routes), then the client. */
export function createApp(context: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  if (context.env.PUBLIC_URL !== undefined) app.use(requirePublicHost(context.env.PUBLIC_URL, context.env.TRUST_PROXY));
  if (context.env.TRUST_PROXY) app.set('trust proxy', 1);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // y-prosemirror colours carets through style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          // Plain http on a LAN or loopback must keep working; TLS is the proxy's job.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(
    '/api',
    pinoHttp({
      logger: context.logger,
      autoLogging: { ignore: (request) => request.url === '/api/health' || request.url === '/api/ready' },
      serializers: {
        req: (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, url: redactUrl(request.url) }),
        res: (response: { statusCode: number }) => ({ status: response.statusCode }),
      },
      customProps: (request) => ({ user: (request as Request).actor?.user.id }),
    }),
  );

  // Answers carry personal and private data: no browser, service-worker or proxy cache keeps them (L11).
  app.use('/api', noStore);
  app.get('/api/health', (_request, response) => {
    response.json({ ok: true });
  });
  // Readiness, unlike liveness: 503 while this process may not serve documents (its Redis link is down).
  app.get('/api/ready', (_request, response) => {
    const ready = context.collab.isReady;
    response.status(ready ? 200 : 503).json({ ready });
  });
  app.use('/api', requireSameOrigin(context.env.PUBLIC_URL));
  // Its body is the .docx itself, so it comes before the JSON-only rule (and loads the session itself).
  app.use('/api', createWordImportRouter(context));
  app.use('/api', requireJson);
  app.use('/api', express.json({ limit: '256kb' }));
  app.use('/api', loadActor(context.store, context.env.ACCORD_SESSION_IDLE_MINUTES * 60_000));
  app.use('/api', perUserRateLimit(context.rateLimiters, context.env.ACCORD_REQUESTS_PER_MINUTE));
  app.use('/api', nudgeNoticesAfterCommands(context.notices));
  app.use('/api', createAuthRouter(context));
  app.use('/api', createAccountsRouter(context));
  app.use('/api', createOrganisationsRouter(context));
  app.use('/api', createPurposeRouter(context));
  app.use('/api', createAuditRouter(context));
  app.use('/api', createInvitationsRouter(context));
  app.use('/api', createStatementsRouter(context));
  app.use('/api', createCommentsRouter(context));
  app.use('/api', createVersionsRouter(context));
  app.use('/api', createWordExportRouter(context));
  app.use('/api', createForksRouter(context));
  app.use('/api', createSignOnRouter(context));
  app.use('/api', createSearchRouter(context));
  app.use('/api', createDirectoryRouter(context));
  app.use('/api', createConsultationsRouter(context));
  app.use('/api', createNeedsRouter(context));
  app.use('/api', createDashboardRouter(context));
  app.use('/api', createMailRouter(context));
  app.use('/api', handleApiNotFound);
  app.use('/api', handleErrors(context.logger));

  // Before the public router, whose /p/:file would take /p/calendar.ics.
  app.use(createCalendarFeedRouter(context));
  app.use(createUnsubscribeRouter(context));
  app.use(createPublicRouter(context));
  serveClient(app);
  app.use(handleErrors(context.logger));
  return app;
}

/** The built single-page client; every unknown path gets index.html so client routes work on reload. */
function serveClient(app: Express): void {
  const indexFile = path.join(CLIENT_DIRECTORY, 'index.html');
  app.use(
    express.static(CLIENT_DIRECTORY, {
      index: false,
      setHeaders: (response, filePath) => {
        // Hashed bundles never change; everything else (index.html, the service worker) is revalidated.
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.get('/{*path}', (_request, response) => {
    if (!fs.existsSync(indexFile)) {
      response.status(503).type('text/plain').send('The client is not built yet: run `npm run build` (npm start does it).');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}
