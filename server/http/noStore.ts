import type { RequestHandler } from 'express';

/** `Cache-Control: no-store` on every answer it runs before (the whole API). */
export const noStore: RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'no-store');
  next();
};
