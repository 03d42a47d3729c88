import { apiPage } from './apiPage.ts';

/** At most this many pages: a lookup table that large is a bug, not a coalition. */
const MAX_PAGES = 50;

/**
 * Every page of a list, for lookups that need all of it (names for ids, the mention directory,
 * the threads anchored in the editor). Lists people browse use usePagedResource and "Load more".
 */
export async function apiRequestAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=200`;
  for (let page = 0; next !== null && page < MAX_PAGES; page++) {
    const answer: { items: T[]; next: string | null } = await apiPage<T>(next);
    items.push(...answer.items);
    next = answer.next;
  }
  return items;
}
