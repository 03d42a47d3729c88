import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppContext } from './AppContext.ts';
import { AuditLog } from './audit/AuditLog.ts';
import { FirstSecretariatSetup } from './auth/FirstSecretariatSetup.ts';
import { CollabServer } from './collab/CollabServer.ts';
import { DocumentRegistry } from './collab/DocumentRegistry.ts';
import type { Environment } from './env.ts';
import { createApp } from './http/createApp.ts';
import type { Logger } from './logger.ts';
import { openStore } from './store/openStore.ts';

export interface RunningServer {
  url: string;
  context: AppContext;
  /** Stores everything pending, closes sockets with 1012 and the database. */
  close(): Promise<void>;
}

/** Wires the store, the collaboration server and the HTTP app together, and listens. */
export async function startServer(env: Environment, logger: Logger): Promise<RunningServer> {
  const store = openStore(env);
  if (env.REDIS_URL !== undefined) {
    logger.warn('REDIS_URL is set, but cross-process fan-out is not built yet: running as a single process');
  }
  const registry = new DocumentRegistry(store, logger, {
    unloadAfterMs: env.ACCORD_UNLOAD_AFTER_MS,
    compactAfterUpdates: env.ACCORD_COMPACT_AFTER_UPDATES,
    maxDocumentBytes: env.ACCORD_MAX_DOCUMENT_BYTES,
  });
  const collab = new CollabServer(store, registry, logger, env.PUBLIC_URL, {
    perUser: env.ACCORD_MAX_CONNECTIONS_PER_USER,
    perStatement: env.ACCORD_MAX_CONNECTIONS_PER_STATEMENT,
  });
  const setup = new FirstSecretariatSetup(store, logger);
  const audit = new AuditLog(store.audit, logger);
  const context: AppContext = { env, logger, store, collab, setup, audit };

  // Before listening: a client that sees the port must be able to sign in with ACCORD_ADMIN_*.
  const admin = env.ACCORD_ADMIN_EMAIL && env.ACCORD_ADMIN_PASSWORD
    ? { email: env.ACCORD_ADMIN_EMAIL, password: env.ACCORD_ADMIN_PASSWORD }
    : null;
  const setupToken = await setup.prepare(admin);

  const server = http.createServer(createApp(context));
  server.on('upgrade', (request, socket, head) => {
    if (collab.handles(request)) collab.handleUpgrade(request, socket, head);
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
  logger.info({ port, url }, 'listening');

  if (setupToken !== null) {
    const link = `${env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : url}/setup?token=${setupToken}`;
    logger.info({ setupLink: link }, 'no account yet: open the setup link to create the first secretariat account');
    // Also plainly on stderr, so a person starting the app sees it among the JSON logs.
    process.stderr.write(`\n  Create the first secretariat account: ${link}\n\n`);
  }

  const sweep = setInterval(() => void store.sessions.deleteExpired(new Date().toISOString()), 60 * 60 * 1000);
  sweep.unref();

  return {
    url,
    context,
    async close() {
      clearInterval(sweep);
      await collab.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
