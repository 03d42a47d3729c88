import { z } from 'zod';

/** GET /api/dashboard takes no parameters. */
export const dashboardQuery = z.strictObject({});
