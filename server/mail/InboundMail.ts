import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages.ts';
import type { AppContext } from '../AppContext.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import type { Logger } from '../logger.ts';
import { attributeMailReply, type AttributedReply } from './attributeMailReply.ts';
import { MailRefusal } from './MailRefusal.ts';
import { postMailReply } from './postMailReply.ts';
import { visibleReplyText } from './visibleReplyText.ts';

/** A reply answers one notification; a few recipients leave room for a client that adds a copy. */
const MAX_RECIPIENTS = 5;

type InboundContext = Pick<AppContext, 'env' | 'logger' | 'store' | 'collab' | 'replyAddresses' | 'rateLimiters'>;

/**
 * The inbound SMTP listener: replies to notification mails become replies in their thread, as the
 * contact the reply address was made for. Only signed reply addresses are accepted at RCPT (anything
 * else 550, so the sending server bounces it); a mail is posted only when it is attributable and
 * allowed (see attributeMailReply), otherwise refused with a reason the bounce carries. No AUTH and
 * no TLS: it runs behind the organisation's MX or relay, which does both (README "E-mail in").
 */
export class InboundMail {
  private readonly server: SMTPServer;
  private readonly logger: Logger;
  private readonly limiter: RateLimiterAbstract;

  constructor(private readonly context: InboundContext) {
    const { env } = context;
    this.logger = context.logger.child({ component: 'inbound-mail' });
    this.limiter = context.rateLimiters.create({ keyPrefix: 'inbound-mail', points: env.ACCORD_INBOUND_MAILS_PER_MINUTE, duration: 60 });
    this.server = new SMTPServer({
      name: context.replyAddresses.domain,
      // i18n-ignore: the SMTP greeting names the service, for mail servers
      banner: 'Accord replies',
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: env.ACCORD_INBOUND_MAX_BYTES,
      rejectOversized: true,
      maxRecipients: MAX_RECIPIENTS,
      maxClients: 50,
      disableReverseLookup: true,
      logger: false,
      socketTimeout: 60_000,
      closeTimeout: 5_000,
      onMailFrom: (_address, session, callback) => void this.handleMailFrom(session).then(() => callback(), callback),
      onRcptTo: (address, session, callback) => void this.handleRcptTo(address, session).then(() => callback(), callback),
      onData: (stream, session, callback) =>
        void this.handleData(stream, session).then(
          (message) => callback(null, message),
          (error: unknown) => callback(this.smtpError(error, session)),
        ),
    });
    this.server.on('error', (error) => this.logger.warn({ err: error }, 'inbound mail connection failed'));
  }

  /** Listens on `port` (0: any free one) and answers the port. */
  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.server.address() as AddressInfo).port;
  }

  /** Stops listening; connections still open are closed after a short grace. */
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handleMailFrom(session: SMTPServerSession): Promise<void> {
    await this.spend(session);
  }

  private async handleRcptTo(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    if ((await this.context.replyAddresses.find(address.address)) !== null) return;
    // Guessing addresses costs: each refusal spends from the sender's budget. The address is a secret: never logged.
    this.logger.info({ session: session.id, remoteAddress: session.remoteAddress }, 'mail refused: not a valid reply address');
    await this.spend(session);
    const t = english();
    throw smtpError(550, t('mail:inbound.noSuchAddress'));
  }

  private async handleData(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const { env, store, collab, replyAddresses } = this.context;
    const t = english();
    const raw = await readLimited(stream, env.ACCORD_INBOUND_MAX_BYTES);
    if (raw === null) throw new MailRefusal(t('mail:inbound.tooLarge', { max: env.ACCORD_INBOUND_MAX_BYTES }), 'too large', 552);
    const mail = await simpleParser(raw, {
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      maxHtmlLengthToParse: env.ACCORD_INBOUND_MAX_BYTES,
    });
    if (isAutomatic(mail)) throw new MailRefusal(t('mail:inbound.automatic'), 'automatic reply');
    const received = {
      from: addressesOf(mail.from),
      messageKey: mail.messageId?.trim() || createHash('sha256').update(raw).digest('base64url'),
      body: visibleReplyText(mail.text ?? ''),
    };
    const maxCommentChars = env.ACCORD_MAX_COMMENT_CHARS;
    // Every recipient is checked before anything is posted: a mail is posted whole or bounced whole.
    const replies: AttributedReply[] = [];
    const seen = new Set<string>();
    for (const recipient of session.envelope.rcptTo) {
      const address = await replyAddresses.find(recipient.address);
      if (address === null) throw new MailRefusal(t('mail:inbound.addressGone'), 'reply address gone since RCPT');
      if (seen.has(address.id)) continue;
      seen.add(address.id);
      const attributed = await attributeMailReply({ store, maxCommentChars }, address, received);
      if (attributed !== 'duplicate') replies.push(attributed);
    }
    for (const reply of replies) {
      const outcome = await postMailReply({ store, collab, maxCommentChars }, reply);
      this.logger.info(
        { session: session.id, thread: reply.found.thread.id, user: reply.actor.user.id, statement: reply.found.thread.statementId, outcome },
        'mail reply received',
      );
    }
    if (replies.length === 0) this.logger.info({ session: session.id }, 'mail reply received again: posted once already');
    return t('mail:inbound.received');
  }

  private async spend(session: SMTPServerSession): Promise<void> {
    try {
      await this.limiter.consume(session.remoteAddress);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      const t = english();
      this.logger.warn({ session: session.id, remoteAddress: session.remoteAddress }, 'inbound mail rate limit reached');
      throw smtpError(451, t('mail:inbound.tooMany', { seconds }));
    }
  }

  /** The SMTP answer to a failed DATA: a refusal's code and words, or 451 (try later) for anything unexpected. */
  private smtpError(error: unknown, session: SMTPServerSession): Error {
    if (error instanceof MailRefusal) {
      this.logger.info({ session: session.id, remoteAddress: session.remoteAddress, reason: error.reason }, 'mail refused');
      return smtpError(error.code, error.message);
    }
    this.logger.error({ err: error, session: session.id }, 'inbound mail failed');
    const t = english();
    return smtpError(451, t('mail:inbound.tryLater'));
  }
}

/**
 * Answers to a sending mail server, before (or without) knowing whose reply it is, are in English;
 * a reply refused once its account is known is in that account's language (attributeMailReply).
 */
const english = () => translatorFor(DEFAULT_LANGUAGE);

function smtpError(code: number, message: string): Error {
  // One line: the reply text is sent as it is.
  return Object.assign(new Error(message.replace(/[\r\n]+/g, ' ')), { responseCode: code });
}

/** The whole message, or null when it went over `maxBytes` (the rest is read and dropped). */
function readLimited(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let overflowed = false;
    stream.on('data', (chunk: Buffer) => {
      if (overflowed || kept + chunk.length > maxBytes) {
        overflowed = true;
        return;
      }
      chunks.push(chunk);
      kept += chunk.length;
    });
    stream.once('error', reject);
    stream.once('end', () => resolve(stream.sizeExceeded || overflowed ? null : Buffer.concat(chunks)));
  });
}

function addressesOf(from: AddressObject | undefined): string[] {
  return (from?.value ?? []).flatMap((entry) => (entry.group ?? [entry]).map((member) => member.address ?? '')).filter((address) => address !== '');
}

/** Out-of-office and other machine answers (RFC 3834) are no one's reply. */
function isAutomatic(mail: ParsedMail): boolean {
  const submitted = mail.headers.get('auto-submitted');
  if (typeof submitted === 'string' && submitted.trim().toLowerCase() !== 'no') return true;
  const precedence = mail.headers.get('precedence');
  return typeof precedence === 'string' && ['bulk', 'junk', 'auto_reply', 'list'].includes(precedence.trim().toLowerCase());
}
