/**
 * What every public output of a fork says about it (page, exports, its feed), and what the publish
 * confirmation promises: whose it is, what it adapts, and that the coalition did not sign it.
 */
export function forkPublicationLabel(organisation: string, upstream: { title: string; version: number | null } | null): string {
  const adapted = upstream === null ? '' : `; adapted from ${upstream.title}${upstream.version === null ? '' : `, version ${upstream.version}`}`;
  return `Published by ${organisation}${adapted}; not a coalition statement`;
}
