import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { Environment } from '../env.ts';
import type { ServerSecret } from '../secrets/ServerSecret.ts';
import type { QueuedMailRecord } from '../store/records.ts';
import type { Links } from './Links.ts';

/** The sender (MAIL_FROM) and the domain of Message-IDs (the sender's). */
export interface MailIdentity {
  from: string;
  domain: string;
}

export function mailIdentity(env: Environment): MailIdentity {
  const host = env.PUBLIC_URL === undefined ? 'localhost' : new URL(env.PUBLIC_URL).hostname;
  const from = env.MAIL_FROM ?? `Accord <accord@${host}>`;
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1).trim() : host;
  return { from, domain: domain || host };
}

/** The path of a user's one-click unsubscribe link (outside /api; the token is signed, never stored). */
export function unsubscribePath(secret: ServerSecret, userId: string): string {
  return `/mail/unsubscribe/${secret.sign('unsubscribe', userId)}`;
}

/** The nodemailer message of a queued mail: the same every time it is built (Message-ID, Date). */
export function composeMessage(mail: QueuedMailRecord, identity: MailIdentity, links: Links, secret: ServerSecret): Mail.Options {
  const headers: Record<string, string> = {};
  if (mail.userId !== null) {
    // RFC 8058: a POST to this link unsubscribes without a cookie; GET only shows a confirmation.
    headers['List-Unsubscribe'] = `<${links.url(unsubscribePath(secret, mail.userId))}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const thread = mail.threadId === null ? undefined : `<thread-${mail.threadId}@${identity.domain}>`;
  return {
    from: identity.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<${mail.key}@${identity.domain}>`,
    date: new Date(mail.createdAt),
    ...(thread === undefined ? {} : { inReplyTo: thread, references: [thread] }),
    ...(mail.replyTo === null ? {} : { replyTo: mail.replyTo }),
    headers,
  };
}

const rawTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'crlf' });

/** The message as an RFC 5322 file (.eml). */
export async function rawMessage(message: Mail.Options): Promise<Buffer> {
  const info = await rawTransport.sendMail(message);
  return info.message as Buffer;
}
