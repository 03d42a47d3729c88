import { randomBytes } from 'node:crypto';
import { slugWords } from '../../shared/publishing/slugWords.ts';

/** A readable, unique URL slug: the title's words plus a short random suffix. */
export function slugFor(title: string): string {
  const words = slugWords(title);
  const suffix = randomBytes(4).toString('hex').slice(0, 6);
  return words ? `${words}-${suffix}` : `statement-${suffix}`;
}
