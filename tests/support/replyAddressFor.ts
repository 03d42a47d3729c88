import { ReplyAddresses, type ReplyTarget } from '../../server/mail/ReplyAddresses.ts';
import { ServerSecret } from '../../server/secrets/ServerSecret.ts';
import { openSqliteStore } from '../../server/store/sqlite/openSqliteStore.ts';
import type { AccordProcess } from './startAccord.ts';

/**
 * A reply address made the way a notification mail gets one: through the running server's own store
 * (a second connection, which WAL allows) and its master secret. No test-only route.
 */
export function replyAddressFor(server: AccordProcess, target: ReplyTarget): Promise<string> {
  return withReplyAddresses(server, (addresses) => addresses.create(target));
}

/** Revokes a reply address the way the server would, through its store. */
export function revokeReplyAddress(server: AccordProcess, address: string): Promise<void> {
  return withReplyAddresses(server, (addresses) => addresses.revoke(address));
}

async function withReplyAddresses<T>(server: AccordProcess, use: (addresses: ReplyAddresses) => Promise<T>): Promise<T> {
  const store = openSqliteStore(server.dataDir);
  try {
    const secret = await ServerSecret.load(store.secrets);
    return await use(new ReplyAddresses(store.replyAddresses, secret, 'localhost', 90));
  } finally {
    await store.close();
  }
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
