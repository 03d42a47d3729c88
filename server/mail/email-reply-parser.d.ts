// email-reply-parser ships no types: the part of its API Accord uses.
declare module 'email-reply-parser' {
  interface ParsedEmail {
    /** The text without quoted history and signatures. */
    getVisibleText(): string;
  }
  export default class EmailReplyParser {
    read(text: string): ParsedEmail;
  }
}
