import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/Store.ts';
import type { UserRecord } from '../store/records.ts';
import { hashPassword } from './passwords.ts';
import { createToken } from './sessions.ts';

/**
 * The first secretariat account: from ACCORD_ADMIN_* when set, otherwise through a one-time setup
 * link printed at start, valid until it is used (or the server restarts with a new one).
 */
export class FirstSecretariatSetup {
  private token: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  get isOpen(): boolean {
    return this.token !== null;
  }

  /** Creates the configured account, or opens the setup link; returns the link's token, if any. */
  async prepare(admin: { email: string; password: string } | null): Promise<string | null> {
    if ((await this.store.users.count()) > 0) return null;
    if (admin !== null) {
      await this.store.users.create(await secretariatAccount(admin.email, 'Secretariat', admin.password));
      this.logger.info({ email: admin.email }, 'created the first secretariat account from ACCORD_ADMIN_EMAIL');
      return null;
    }
    this.token = createToken();
    return this.token;
  }

  /** Uses the setup link once; null when the token is wrong or already used. */
  async complete(token: string, email: string, name: string, password: string): Promise<UserRecord | null> {
    if (this.token === null || !sameToken(this.token, token)) return null;
    // Closed before the first await, so two racing requests cannot both create an account.
    this.token = null;
    const user = await secretariatAccount(email, name, password);
    await this.store.users.create(user);
    return user;
  }
}

async function secretariatAccount(email: string, name: string, password: string): Promise<UserRecord> {
  return {
    id: randomUUID(),
    email: email.toLowerCase(),
    name,
    passwordHash: await hashPassword(password),
    role: 'secretariat',
    orgId: null,
    createdAt: new Date().toISOString(),
    removedAt: null,
    language: null,
  };
}

function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
