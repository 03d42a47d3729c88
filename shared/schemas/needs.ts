import { z } from 'zod';

/** GET /api/me/needs and /api/me/needs/count take no parameters. */
export const needListQuery = z.strictObject({});

/** The item in POST /api/me/needs/:id/done. */
export const needParams = z.strictObject({ id: z.uuid() });
