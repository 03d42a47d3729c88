import { randomBytes } from 'node:crypto';

/** A readable, unique URL slug: the title's words plus a short random suffix. */
export function slugFor(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const suffix = randomBytes(4).toString('hex').slice(0, 6);
  return words ? `${words}-${suffix}` : `statement-${suffix}`;
}
