import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppContext } from './AppContext.ts';
import { AuditLog } from './audit/AuditLog.ts';
import { FirstSecretariatSetup } from './auth/FirstSecretariatSetup.ts';
import { CollabServer } from './collab/CollabServer.ts';
import { DocumentRegistry } from './collab/DocumentRegistry.ts';
import { RedisFanout } from './collab/RedisFanout.ts';
import type { Environment } from './env.ts';
import { createApp } from './createApp.ts';
import { isPublicHost } from './http/isPublicHost.ts';
import { RateLimiters } from './limits/RateLimiters.ts';
import { Links } from './mail/Links.ts';
import { mailIdentity } from './mail/composeMessage.ts';
import { MailSender } from './mail/MailSender.ts';
import type { Logger } from './logger.ts';
import { InboundMail } from './mail/InboundMail.ts';
import { ReplyAddresses } from './mail/ReplyAddresses.ts';
import { SearchIndexer } from './search/SearchIndexer.ts';
import { NoticeFollower } from './notifications/NoticeFollower.ts';
import { NotificationMailer } from './notifications/NotificationMailer.ts';
import { ServerSecret } from './secrets/ServerSecret.ts';
import { openStore } from './store/openStore.ts';
import { RedisConnections } from './scale/RedisConnections.ts';
import { RevocationRelay } from './scale/RevocationRelay.ts';
import { TEXT_FRAGMENT } from '../shared/collab/protocol.ts';
import { canonicalDocument, plainText } from './versions/canonicalDocument.ts';

export interface RunningServer {
  url: string;
  context: AppContext;
  /** Stores everything pending, closes sockets with 1012 and the database. */
  close(): Promise<void>;
}

/** Wires the store, the collaboration server and the HTTP app together, and listens. */
export async function startServer(env: Environment, logger: Logger): Promise<RunningServer> {
  const store = await openStore(env, logger);
  // With REDIS_URL: rate limits and revocations are shared with the other processes.
  const redis = env.REDIS_URL === undefined ? null : new RedisConnections(env.REDIS_URL, logger);
  const rateLimiters = new RateLimiters(redis?.commands ?? null);
  // Reads through the registry: the document was just stored, so it is loaded (or loads once).
  const searchIndexer = new SearchIndexer(
    store.search,
    store.documents,
    (statementId) => collab.withDocument(statementId, (document) => plainText(canonicalDocument(document.doc.getXmlFragment(TEXT_FRAGMENT)))),
    logger,
  );
  await searchIndexer.backfill();
  const registry = new DocumentRegistry(store, logger, {
    unloadAfterMs: env.ACCORD_UNLOAD_AFTER_MS,
    compactAfterUpdates: env.ACCORD_COMPACT_AFTER_UPDATES,
    onStored: (statementId) => searchIndexer.documentStored(statementId),
    onLoaded: (statementId) => logger.debug({ statement: statementId }, 'document loaded'),
    maxDocumentBytes: env.ACCORD_MAX_DOCUMENT_BYTES,
  });
  const collab = new CollabServer(
    store,
    registry,
    logger,
    env.PUBLIC_URL,
    { perUser: env.ACCORD_MAX_CONNECTIONS_PER_USER, perStatement: env.ACCORD_MAX_CONNECTIONS_PER_STATEMENT },
    env.ACCORD_SESSION_IDLE_MINUTES * 60_000,
  );
  let revocationRelay: RevocationRelay | null = null;
  if (redis !== null) {
    revocationRelay = new RevocationRelay(redis, logger, (revocation) => collab.revokeHere(revocation));
    collab.publishRevocationsTo(revocationRelay);
    revocationRelay.start();
  }
  // Several processes (REDIS_URL): stored updates, presence and comment pushes are shared through Redis.
  const fanout = env.REDIS_URL === undefined ? null : new RedisFanout(env.REDIS_URL, logger);
  if (fanout !== null) {
    registry.shareThrough(fanout);
    collab.shareThrough(fanout);
    await fanout.start({
      update: (statementId, previous, last, update) => registry.applyRemote(statementId, previous, last, update),
      thread: (view, thread) => void collab.pushThreadHere(view, thread).catch((error: unknown) => logger.warn({ err: error }, 'pushing a thread failed')),
      lost: () => void collab.closeForUnavailable(),
      restored: () => registry.catchUpAll(),
    });
    logger.info({ process: fanout.processId }, 'sharing documents with other processes through redis');
  }
  const setup = new FirstSecretariatSetup(store, logger);
  const audit = new AuditLog(store.audit, logger);
  const secret = await ServerSecret.load(store.secrets);
  const links = new Links(env.PUBLIC_URL);
  const mail = new MailSender(store.mail, store.users, env, links, secret, logger);
  // New notices wake the notification mailer (defined below; the follower starts after it).
  const notices = new NoticeFollower(store, logger, { pollMs: env.ACCORD_NOTICE_POLL_MS, onRecorded: () => noticeMails.nudge() });
  // Reply addresses share the domain of the Message-IDs and the sender.
  const replyAddresses = new ReplyAddresses(store.replyAddresses, secret, mailIdentity(env).domain, env.ACCORD_REPLY_ADDRESS_DAYS);
  const context: AppContext = { env, logger, store, collab, setup, audit, secret, notices, replyAddresses, links, mail, rateLimiters };
  // Notices to mail (immediately, or in digests at 08:00 each reader's time) and sign-on reminders.
  const noticeMails = new NotificationMailer({ store, links, secret, replyAddresses, mail, logger }, env.ACCORD_SCHEDULE_MS);

  // Before listening: a client that sees the port must be able to sign in with ACCORD_ADMIN_*.
  const admin = env.ACCORD_ADMIN_EMAIL && env.ACCORD_ADMIN_PASSWORD ? { email: env.ACCORD_ADMIN_EMAIL, password: env.ACCORD_ADMIN_PASSWORD } : null;
  const setupToken = await setup.prepare(admin);

  // Replies by e-mail, when a port is set; behind the mail relay (README "E-mail in").
  let inboundMail: InboundMail | null = null;
  if (env.SMTP_INBOUND_PORT !== undefined) {
    inboundMail = new InboundMail(context);
    const inboundPort = await inboundMail.listen(env.SMTP_INBOUND_PORT, env.HOST);
    logger.info({ inboundPort }, 'inbound mail listening');
  }

  const server = http.createServer(createApp(context));
  server.on('upgrade', (request, socket, head) => {
    // The same Host rule as the HTTP app (L9): a rebinding page gets no socket either.
    if (env.PUBLIC_URL !== undefined && !isPublicHost(request, env.PUBLIC_URL, env.TRUST_PROXY)) socket.destroy();
    else if (collab.handles(request)) collab.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  // Bounds how long a client may take to send its headers (slowloris).
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}`;
  links.setBase(url, env.PUBLIC_URL);
  await mail.start();
  noticeMails.start();
  logger.info({ port, url }, 'listening');

  if (setupToken !== null) {
    const link = `${env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : url}/setup?token=${setupToken}`;
    // The link is a secret: the structured log (shipped to aggregators) only says where to look (M4).
    logger.info('no account yet: the setup link for the first secretariat account is printed on stderr');
    process.stderr.write(`\n  Create the first secretariat account: ${link}\n\n`);
  }

  notices.start();

  const sweep = setInterval(() => void sweepSessions(), env.ACCORD_SESSION_SWEEP_SECONDS * 1000);
  sweep.unref();
  /** Ended sessions (expired or idle) are deleted and lose their sockets (M3, L15). */
  async function sweepSessions(): Promise<void> {
    try {
      const now = Date.now();
      const ended = await store.sessions.deleteExpired(new Date(now).toISOString(), new Date(now - env.ACCORD_SESSION_IDLE_MINUTES * 60_000).toISOString());
      if (ended.length > 0) await collab.closeSessions(ended);
      await replyAddresses.forgetExpired();
    } catch (error) {
      logger.error({ err: error }, 'session sweep failed');
    }
  }

  return {
    url,
    context,
    async close() {
      clearInterval(sweep);
      await inboundMail?.close();
      await noticeMails.stop();
      // A send in flight finishes and is recorded before the database closes.
      await mail.close();
      await collab.shutdown();
      await fanout?.stop();
      await notices.stop();
      await searchIndexer.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      revocationRelay?.stop();
      await redis?.close();
      await store.close();
    },
  };
}
