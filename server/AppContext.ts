import type { AuditLog } from './audit/AuditLog.ts';
import type { CollabServer } from './collab/CollabServer.ts';
import type { Environment } from './env.ts';
import type { Logger } from './logger.ts';
import type { ReplyAddresses } from './mail/ReplyAddresses.ts';
import type { Links } from './mail/Links.ts';
import type { RateLimiters } from './limits/RateLimiters.ts';
import type { MailSender } from './mail/MailSender.ts';
import type { FirstSecretariatSetup } from './auth/FirstSecretariatSetup.ts';
import type { ServerSecret } from './secrets/ServerSecret.ts';
import type { Store } from './store/Store.ts';
import type { NoticeFollower } from './notifications/NoticeFollower.ts';

/** What routes and commands work with; built once in server/startServer.ts. */
export interface AppContext {
  env: Environment;
  logger: Logger;
  store: Store;
  collab: CollabServer;
  setup: FirstSecretariatSetup;
  audit: AuditLog;
  /** Signs and verifies links sent out (unsubscribe, reply addresses). */
  secret: ServerSecret;
  /** Turns audit entries into "What needs me" notices; `nudge()` it after a command to hurry it. */
  notices: NoticeFollower;
  /** Signed, revocable reply addresses of notification mails (a reply to one lands in its thread). */
  replyAddresses: ReplyAddresses;
  /** Absolute links for mail (PUBLIC_URL, else the listening URL). */
  links: Links;
  /** The durable mail queue's sender: `mail.queue(outgoing)` records a mail and wakes it. */
  mail: MailSender;
  /** Makes rate limits: in memory, or shared by every process through Redis (REDIS_URL). */
  rateLimiters: RateLimiters;
}
