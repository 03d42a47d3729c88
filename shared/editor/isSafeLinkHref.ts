const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Links may only point to http(s) or mailto: never `javascript:`, `data:` or anything else. */
export function isSafeLinkHref(href: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}
