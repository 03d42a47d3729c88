import { z } from 'zod';

export const createVersionInput = z.strictObject({ name: z.string().trim().min(1).max(200) });

/** `live` or a version number. */
const side = z.union([z.literal('live'), z.coerce.number().int().positive()]);

export const diffQuery = z.strictObject({ from: side, to: side.default('live') });
