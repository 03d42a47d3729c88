import { slugWords } from '../../shared/publishing/slugWords.ts';

/**
 * A readable URL name for an organisation (`/p/orgs/<slug>/…`): its name's words, with `-2`, `-3`…
 * when another organisation has those already. Given once, at creation: a rename keeps the slug, so
 * published links keep working.
 */
export function organisationSlugFor(name: string, isTaken: (slug: string) => boolean): string {
  const words = slugWords(name) || 'organisation';
  let slug = words;
  for (let suffix = 2; isTaken(slug); suffix += 1) slug = `${words}-${suffix}`;
  return slug;
}
