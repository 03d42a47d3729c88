export interface OutgoingMail {
  /** Stable and unique per message: enqueueing the same key twice is one mail; Message-ID is `<key@mailDomain>`. */
  key: string;
  to: string;
  /** The recipient's account (List-Unsubscribe needs it); null for invitations to people without one. */
  userId: string | null;
  subject: string;
  text: string;
  html: string;
  /** A comment thread: In-Reply-To and References `<thread-{threadId}@mailDomain>`, so clients group its mails. */
  threadId?: string;
  /** E.g. the signed reply address of a comment notification. */
  replyTo?: string;
}

/**
 * What a mail key (and a thread id used in References) may hold: it becomes the local part of a
 * Message-ID, so only [A-Za-z0-9._-], 1 to 200 characters. Build keys like `invitation-<uuid>`.
 */
export const MAIL_KEY = /^[A-Za-z0-9._-]{1,200}$/;

export function assertMailKey(key: string): void {
  if (!MAIL_KEY.test(key)) throw new Error(`mail key ${JSON.stringify(key)} is not safe in a Message-ID ([A-Za-z0-9._-], at most 200)`);
}
