import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages.ts';
import type { Environment } from '../env.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { Logger } from '../logger.ts';
import type { ServerSecret } from '../secrets/ServerSecret.ts';
import type { QueuedMailRecord } from '../store/records.ts';
import type { MailStore, UserStore } from '../store/Store.ts';
import { composeMessage, mailIdentity, rawMessage, type MailIdentity } from './composeMessage.ts';
import type { Links } from './Links.ts';
import type { OutgoingMail } from './OutgoingMail.ts';

const BACKOFF_CAP_MS = 60 * 60 * 1000;
/** After this long without getting through, a mail is `failed` (visible in the outbox) instead of retried. */
const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/** How mail leaves: through SMTP_URL, or as .eml files in DATA_DIR/outbox (shown without credentials). */
export type MailMode = { kind: 'smtp'; server: string } | { kind: 'files'; directory: string };

export function mailMode(env: Environment): MailMode {
  if (env.SMTP_URL === undefined) return { kind: 'files', directory: path.join(env.DATA_DIR, 'outbox') };
  const url = new URL(env.SMTP_URL);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  return { kind: 'smtp', server: `${url.protocol}//${url.hostname}:${port}` };
}

/** The delay before attempt `attempts + 1`: base × 2^(attempts−1), at most an hour. */
export function retryDelay(baseMs: number, attempts: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);
}

/**
 * Sends the durable queue (store.mail). One mail at a time: claimed (status `sending`) in a
 * transaction, sent, then marked sent, or its error recorded and retried with exponential backoff.
 * `close()` waits for a send in flight and its result, so a graceful restart sends nothing twice.
 * A crash between the SMTP server's accept and `markSent` leaves the mail `sending`: the next start
 * queues it again and it goes out once more with the same Message-ID (mail clients drop the copy).
 */
export class MailSender {
  readonly mode: MailMode;
  private readonly identity: MailIdentity;
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly store: MailStore,
    private readonly users: UserStore,
    private readonly env: Environment,
    private readonly links: Links,
    private readonly secret: ServerSecret,
    private readonly logger: Logger,
  ) {
    this.mode = mailMode(env);
    this.identity = mailIdentity(env);
    this.transport =
      env.SMTP_URL === undefined
        ? null
        : nodemailer.createTransport(env.SMTP_URL, { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as never);
  }

  /** Records `mail` (once per key) and wakes the sender; false when that key was queued already. */
  async queue(mail: OutgoingMail): Promise<boolean> {
    const added = await this.store.enqueue(mail, new Date().toISOString());
    if (added) this.nudge();
    return added;
  }

  /** Queues mails a previous process left mid-send, then polls. */
  async start(): Promise<void> {
    const interrupted = await this.store.requeueInterrupted();
    if (interrupted > 0)
      this.logger.warn({ mails: interrupted }, 'mails interrupted mid-send are queued again (they may arrive twice, with the same Message-ID)');
    this.logger.info(
      { mode: this.mode },
      this.mode.kind === 'files' ? 'SMTP_URL is not set: mail is written to DATA_DIR/outbox' : 'mail goes out through SMTP',
    );
    this.timer = setInterval(() => this.nudge(), this.env.ACCORD_MAIL_POLL_MS);
    this.timer.unref();
    this.nudge();
  }

  /** Looks for due mail now (after a mail is queued). */
  nudge(): void {
    if (this.closed) return;
    if (this.draining !== null) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again && !this.closed) {
        this.again = false;
        this.nudge();
      }
    });
  }

  /** Stops polling and waits for a send in flight to finish and its result to be recorded. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearInterval(this.timer);
    await this.draining;
    this.transport?.close();
  }

  private async drain(): Promise<void> {
    try {
      while (!this.closed) {
        const mail = await this.store.claimNext(new Date().toISOString());
        if (mail === null) return;
        await this.deliver(mail);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'mail queue failed');
    }
  }

  private async deliver(mail: QueuedMailRecord): Promise<void> {
    try {
      // Queued for an account removed since: nothing more goes to it (nor about what it could read).
      const user = mail.userId === null ? null : await this.users.findById(mail.userId);
      if (mail.userId !== null && (user === null || user.removedAt !== null)) {
        // The outbox's reason, read by the secretariat: in English, like every stored reason.
        const t = translatorFor(DEFAULT_LANGUAGE);
        await this.store.markAttemptFailed(mail.id, t('mail:outbox.accountRemoved'), null);
        this.logger.info({ mail: mail.id, key: mail.key }, 'mail dropped: its account was removed');
        return;
      }
      const message = composeMessage(mail, this.identity, this.links, this.secret);
      if (this.transport === null) await this.writeFile(mail, await rawMessage(message));
      else await this.transport.sendMail(message);
      await this.store.markSent(mail.id, new Date().toISOString());
      this.logger.info({ mail: mail.id, key: mail.key }, 'mail sent');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const now = Date.now();
      const attempts = mail.attempts + 1;
      const next = now + retryDelay(this.env.ACCORD_MAIL_RETRY_MS, attempts);
      const giveUp = next - Date.parse(mail.createdAt) > GIVE_UP_AFTER_MS;
      await this.store.markAttemptFailed(mail.id, reason, giveUp ? null : new Date(next).toISOString());
      // The key and the error only: never the body (it may hold a one-time link).
      this.logger.warn({ mail: mail.id, key: mail.key, attempts, error: reason, giveUp }, giveUp ? 'mail failed for good' : 'mail not sent; will retry');
    }
  }

  /** Written to a temporary name and renamed: a reader never sees half a file. */
  private async writeFile(mail: QueuedMailRecord, raw: Buffer): Promise<void> {
    if (this.mode.kind !== 'files') return;
    await fs.mkdir(this.mode.directory, { recursive: true });
    const name = `${mail.createdAt.replace(/[:.]/g, '-')}-${mail.key}.eml`;
    const temporary = path.join(this.mode.directory, `.${name}.${process.pid}.tmp`);
    await fs.writeFile(temporary, raw);
    await fs.rename(temporary, path.join(this.mode.directory, name));
  }
}
