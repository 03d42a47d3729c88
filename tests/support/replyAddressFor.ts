import { ReplyAddresses, type ReplyTarget } from '../../server/mail/ReplyAddresses.ts';
import { ServerSecret } from '../../server/secrets/ServerSecret.ts';
import type { Store } from '../../server/store/Store.ts';
import { openSqliteStore } from '../../server/store/sqlite/openSqliteStore.ts';
import type { AccordProcess } from './startAccord.ts';

/**
 * A reply address made the way a notification mail gets one: through the running server's own store
 * (a second connection to its database) and its master secret. No test-only route.
 */
export function replyAddressFor(server: AccordProcess, target: ReplyTarget): Promise<string> {
  return withReplyAddresses(server, (addresses) => addresses.create(target));
}

/** Revokes a reply address the way the server would, through its store. */
export function revokeReplyAddress(server: AccordProcess, address: string): Promise<void> {
  return withReplyAddresses(server, (addresses) => addresses.revoke(address));
}

async function withReplyAddresses<T>(server: AccordProcess, use: (addresses: ReplyAddresses) => Promise<T>): Promise<T> {
  const store = await openServerStore(server);
  try {
    const secret = await ServerSecret.load(store.secrets);
    return await use(new ReplyAddresses(store.replyAddresses, secret, 'localhost', 90));
  } finally {
    await store.close();
  }
}

/** The PostgreSQL store's factory, by a path TypeScript does not resolve until it lands on main. */
const POSTGRES_STORE_MODULE = '../../server/store/postgres/openPostgresStore.ts';

/** A second store on the server's own database: PostgreSQL when it runs on one, else its SQLite file. */
async function openServerStore(server: AccordProcess): Promise<Store> {
  if (server.databaseUrl === undefined) return openSqliteStore(server.dataDir);
  const { openPostgresStore } = (await import(POSTGRES_STORE_MODULE)) as { openPostgresStore(url: string): Store | Promise<Store> };
  return await openPostgresStore(server.databaseUrl);
}

/** The inbound SMTP port the server logged (it was started with SMTP_INBOUND_PORT=0). */
export function inboundPortOf(server: AccordProcess): number {
  for (const line of server.output) {
    try {
      const entry = JSON.parse(line) as { msg?: string; inboundPort?: number };
      if (entry.msg === 'inbound mail listening' && typeof entry.inboundPort === 'number') return entry.inboundPort;
    } catch {
      // Not a JSON log line.
    }
  }
  throw new Error(`the server logged no inbound mail port:\n${server.output.join('\n')}`);
}
