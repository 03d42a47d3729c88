import type { Request, Response } from 'express';
import { z } from 'zod';
import { parseInput } from './parseInput.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const pageQuery = z.object({
  // Asking for more than the most is answered with the most, not refused.
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .default(DEFAULT_PAGE_SIZE)
    .transform((limit) => Math.min(limit, MAX_PAGE_SIZE)),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export interface Page {
  limit: number;
  offset: number;
}

/** The page a list request asks for: `?limit=` (default 50, at most 200) and `?offset=`. */
export function pageOf(request: Request): Page {
  const { limit, offset } = parseInput(pageQuery, { limit: request.query.limit, offset: request.query.offset });
  return { limit, offset };
}

/**
 * One page of an ordered list. The body stays a JSON array (the API's lists are arrays); the next
 * page, when there is one, is in a `Link: <…>; rel="next"` header, with every other query
 * parameter kept.
 */
export function paginate<T>(request: Request, response: Response, items: readonly T[], page: Page = pageOf(request)): T[] {
  const next = page.offset + page.limit;
  if (next < items.length) {
    const url = new URL(request.originalUrl, 'http://placeholder');
    url.searchParams.set('limit', String(page.limit));
    url.searchParams.set('offset', String(next));
    response.setHeader('Link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  response.setHeader('X-Total-Count', String(items.length));
  return items.slice(page.offset, next);
}
