import { z } from 'zod';

/** `?from=<version>&to=<version|live>`: a redline runs from a named version to a later one or to the live text. */
export const redlineQuery = z.strictObject({
  from: z.coerce.number().int().positive(),
  to: z.union([z.literal('live'), z.coerce.number().int().positive()]).default('live'),
});
