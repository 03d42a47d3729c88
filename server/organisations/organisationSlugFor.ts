/**
 * A readable URL name for an organisation (`/p/orgs/<slug>/…`): its name's words, with `-2`, `-3`…
 * when another organisation has those already. Given once, at creation: a rename keeps the slug, so
 * published links keep working.
 */
export function organisationSlugFor(name: string, isTaken: (slug: string) => boolean): string {
  const words =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'organisation';
  let slug = words;
  for (let suffix = 2; isTaken(slug); suffix += 1) slug = `${words}-${suffix}`;
  return slug;
}
