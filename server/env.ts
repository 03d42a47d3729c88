import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  ACCORD_ADMIN_EMAIL: z.email().optional(),
  ACCORD_ADMIN_PASSWORD: z.string().min(10).max(200).optional(),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  REDIS_URL: z.string().startsWith('redis').optional(),
  /** The address users reach the app at, when it differs from the Host header (behind a proxy). */
  PUBLIC_URL: z.url().optional(),
  /** Trust X-Forwarded-* from one proxy hop: needed for Secure cookies behind an https proxy. */
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long a document stays in memory after its last editor leaves. */
  ACCORD_UNLOAD_AFTER_MS: z.coerce.number().int().min(0).default(30_000),
  /** How many stored updates of one document trigger merging them into its snapshot. */
  ACCORD_COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  /**
   * SQLite durability: `full` syncs every commit to disk before its updates are forwarded (nothing
   * forwarded is lost, even on power loss); `normal` (WAL) survives process crashes but may lose
   * the last commits on power loss, and saves about half a millisecond per commit.
   */
  ACCORD_SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).default('full'),
  /** Sign-in attempts allowed per address and e-mail in 15 minutes. */
  ACCORD_LOGIN_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  /** A session unused this many minutes ends (its absolute lifetime stays 30 days); default 7 days. */
  ACCORD_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(7 * 24 * 60),
  /** How often ended (expired or idle) sessions are deleted and their sockets closed. */
  ACCORD_SESSION_SWEEP_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Failed sign-ins allowed per account from everywhere in 15 minutes before backoff starts. */
  ACCORD_LOGIN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).default(50),
  /**
   * Public pages, exports, index and feeds rendered per address per minute; answers already cached
   * (the same published version and signatures) are served without counting.
   */
  ACCORD_PUBLIC_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** The longest text (in characters) a diff compares; longer ones are answered 413. */
  ACCORD_MAX_DIFF_CHARS: z.coerce.number().int().min(1).default(500_000),
  /** How long one diff may run at each level (words, then paragraphs) before it gives up. */
  ACCORD_DIFF_TIMEOUT_MS: z.coerce.number().int().min(1).default(250),
  /** Forks one organisation may own (published ones included); README "Limits". */
  ACCORD_MAX_FORKS_PER_ORG: z.coerce.number().int().min(1).default(50),
  /** Named versions of one statement. */
  ACCORD_MAX_VERSIONS_PER_STATEMENT: z.coerce.number().int().min(1).default(500),
  /** Comment threads and suggestions on one statement. */
  ACCORD_MAX_THREADS_PER_STATEMENT: z.coerce.number().int().min(1).default(2000),
  /** Characters in one comment, suggested wording or reason (at most 100000). */
  ACCORD_MAX_COMMENT_CHARS: z.coerce.number().int().min(1).max(100_000).default(10_000),
  /** Largest Word file an import takes (the upload itself): 413 past it. Default 10 MiB. */
  ACCORD_MAX_DOCX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  /** Files inside one Word file's zip (a zip of a million empty files is a bomb too). */
  ACCORD_MAX_DOCX_ENTRIES: z.coerce.number().int().min(10).default(2_000),
  /** One XML part of a Word file, unpacked. Default 20 MiB. */
  ACCORD_MAX_DOCX_ENTRY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  /** Every XML part of a Word file read, unpacked, together. Default 60 MiB. */
  ACCORD_MAX_DOCX_UNPACKED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(60 * 1024 * 1024),
  /** Unpacked over packed size of one part: ordinary XML stays well under 100; a zip bomb is far above. */
  ACCORD_MAX_DOCX_COMPRESSION_RATIO: z.coerce.number().int().min(10).default(200),
  /** API requests per minute per signed-in user (or per address when signed out). */
  ACCORD_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Largest encoded state of one statement's document; edits that would grow it further are refused (close 4413). */
  ACCORD_MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  /** Open collaboration sockets one user may have, over all statements (close 4409 past it). */
  ACCORD_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).default(20),
  /** Open collaboration sockets on one statement, over all users (close 4409 past it). */
  ACCORD_MAX_CONNECTIONS_PER_STATEMENT: z.coerce.number().int().min(1).default(200),
  /** How often (ms) the audit log is followed for new "What needs me" notices (commands also nudge it). */
  ACCORD_NOTICE_POLL_MS: z.coerce.number().int().min(10).default(1000),
  /**
   * Port of the inbound SMTP listener that takes replies to notification mails (on HOST; unset: no
   * listener; 0: any free port, logged). It has no TLS and no AUTH: put it behind the mail relay.
   */
  SMTP_INBOUND_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Largest inbound mail in bytes; a larger one is refused with 552. Default 1 MiB. */
  ACCORD_INBOUND_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Mails the inbound listener takes per minute from one connecting address (the relay's, usually). */
  ACCORD_INBOUND_MAILS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Days a notification's reply address keeps working. */
  ACCORD_REPLY_ADDRESS_DAYS: z.coerce.number().int().min(1).default(90),
  /** Outgoing mail server, `smtp://` or `smtps://` (user:password@host:port). Unset: mail is written to DATA_DIR/outbox as .eml files. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** The sender of every mail; default `Accord <accord@HOST>` with the host of PUBLIC_URL (or localhost). */
  MAIL_FROM: z.string().min(3).optional(),
  /** The first retry of a mail the SMTP server refused or could not take; doubles per attempt, at most 1 hour. */
  ACCORD_MAIL_RETRY_MS: z.coerce.number().int().min(1).default(30_000),
  /** How often the mail sender looks for due mails (it is also nudged on every new mail). */
  ACCORD_MAIL_POLL_MS: z.coerce.number().int().min(10).default(1_000),
  /**
   * How often (ms) the notification scheduler looks for due digests (08:00 in each user's zone) and
   * sign-on reminders, and for notices still to mail (new notices also nudge it).
   */
  ACCORD_SCHEDULE_MS: z.coerce.number().int().min(10).default(60_000),
});

export type Environment = Omit<z.infer<typeof environmentSchema>, 'DATA_DIR'> & { DATA_DIR: string };

/** Parses the environment once; nothing else reads `process.env`. */
export function parseEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const result = environmentSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  if (Boolean(result.data.ACCORD_ADMIN_EMAIL) !== Boolean(result.data.ACCORD_ADMIN_PASSWORD)) {
    throw new Error('Invalid environment: set ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD together');
  }
  return { ...result.data, DATA_DIR: path.resolve(result.data.DATA_DIR) };
}
