import { createHash } from 'node:crypto';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages.ts';
import type { Actor } from '../auth/Actor.ts';
import { actorForUser, NO_SESSION } from '../auth/actorForUser.ts';
import { findThreadFor } from '../comments/routes.ts';
import { HttpError } from '../http/HttpError.ts';
import { translatorFor } from '../i18n/serverI18n.ts';
import { checkCommentLength } from '../limits/checkCommentLength.ts';
import type { StatementAccess } from '../statements/findStatementFor.ts';
import type { ReplyAddressRecord, ThreadRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { MailRefusal } from './MailRefusal.ts';

/** A received mail, as far as attributing it needs. */
export interface ReceivedReply {
  /** The addresses of its From header. */
  from: readonly string[];
  /** What identifies it when it is delivered again: its Message-ID, else a hash of the whole message. */
  messageKey: string;
  /** What the person wrote: quoted history and signatures already stripped. */
  body: string;
}

/** A reply by mail that may be posted: as whom, where, and the comment id it gets. */
export interface AttributedReply {
  actor: Actor;
  found: { thread: ThreadRecord; access: StatementAccess };
  body: string;
  commentId: string;
}

/**
 * Decides whether a mail received through a reply address is that person's reply and may be posted,
 * with the same checks as a reply over HTTP: the From address is the account's, the account and its
 * organisation still exist, the thread is still theirs to see and reply to (statement policy), and
 * the reply has words and fits the comment limit. Throws a MailRefusal otherwise; 'duplicate' when
 * this mail was posted already through this address. A refusal is in the account's language when
 * there is one (else English): it bounces back to that person.
 */
export async function attributeMailReply(
  { store, maxCommentChars }: { store: Store; maxCommentChars: number },
  address: ReplyAddressRecord,
  mail: ReceivedReply,
): Promise<AttributedReply | 'duplicate'> {
  // The log's reason: ids only, never addresses or tokens.
  const refusal = (message: string, reason: string) => new MailRefusal(message, `${reason} (thread ${address.threadId}, user ${address.userId})`);
  const user = await store.users.findById(address.userId);
  const t = translatorFor(user?.language ?? DEFAULT_LANGUAGE);
  if (user === null) throw refusal(t('mail:refusal.noAccount'), 'no-such-account');
  if (mail.from.length !== 1 || mail.from[0]!.toLowerCase() !== user.email.toLowerCase()) {
    throw refusal(t('mail:refusal.otherSender'), 'from-mismatch');
  }
  const actor = await actorForUser(store, user.id, NO_SESSION);
  if (actor === null) throw refusal(t('mail:refusal.accountRemoved'), 'account-or-organisation-removed');

  const commentId = commentIdFor(address.id, mail.messageKey);
  if ((await store.threads.findComment(commentId)) !== null) return 'duplicate';

  let found: AttributedReply['found'];
  try {
    found = await findThreadFor(store, actor, address.threadId);
  } catch (error) {
    if (error instanceof HttpError) throw refusal(t('mail:refusal.threadHidden'), `thread-not-visible:${error.code}`);
    throw error;
  }
  if (mail.body === '') throw refusal(t('mail:refusal.empty'), 'empty');
  try {
    checkCommentLength(mail.body, maxCommentChars);
  } catch (error) {
    if (error instanceof HttpError) throw refusal(t('mail:refusal.tooLong', { max: maxCommentChars, length: mail.body.length }), 'too-long');
    throw error;
  }
  return { actor, found, body: mail.body, commentId };
}

/**
 * The comment id of a mail received through one address: the same mail delivered again gets the
 * same id, which the store keeps once (a UUID of version 8, from SHA-256).
 */
function commentIdFor(addressId: string, messageKey: string): string {
  const bytes = createHash('sha256').update(`accord:mail-reply\n${addressId}\n${messageKey}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
