/** Paths whose next segment is a secret: invitation, password-reset and setup links, signed unsubscribe links, calendar feeds. */
const TOKEN_IN_PATH = /(\/(?:invitations|password-resets|reset-password|setup|unsubscribe|calendar)\/)[^/?#]+/gi;
const TOKEN_PARAMETER = /([?&]token=)[^&#]*/gi;

/**
 * A request URL fit for a log line: one-time tokens in the path or in a `token` query parameter
 * become `:token`, so log readers (ops, aggregators, vendors) never hold a usable link (finding M4).
 */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_IN_PATH, '$1:token').replace(TOKEN_PARAMETER, '$1:token');
}
