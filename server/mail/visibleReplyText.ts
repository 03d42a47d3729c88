import EmailReplyParser from 'email-reply-parser';

/** What someone wrote in a reply by mail: without the quoted history, signatures and surrounding blank lines. */
export function visibleReplyText(text: string): string {
  return new EmailReplyParser().read(text).getVisibleText().trim();
}
