import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((value) => value === '1' || value === 'true');

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
  /** Largest encoded state of one statement's document; edits that would grow it further are refused (close 4413). */
  ACCORD_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  /** Open collaboration sockets one user may have, over all statements (close 4409 past it). */
  ACCORD_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).default(20),
  /** Open collaboration sockets on one statement, over all users (close 4409 past it). */
  ACCORD_MAX_CONNECTIONS_PER_STATEMENT: z.coerce.number().int().min(1).default(200),
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
