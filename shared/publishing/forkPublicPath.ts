/** Where the public site shows a fork its organisation published: under the organisation, never beside the coalition's statements. */
export function forkPublicPath(organisationSlug: string, statementSlug: string): string {
  return `/p/orgs/${encodeURIComponent(organisationSlug)}/${encodeURIComponent(statementSlug)}`;
}
