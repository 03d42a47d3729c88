/**
 * A mail the listener will not post, and why, in words for the person it bounces back to. `code`
 * is the SMTP reply: 550 (refused for good) unless said otherwise.
 */
export class MailRefusal extends Error {
  constructor(
    message: string,
    /** What the log says (ids only, never addresses or tokens). */
    readonly reason: string,
    readonly code = 550,
  ) {
    super(message);
  }
}
