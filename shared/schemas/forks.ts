import { z } from 'zod';

export const shareForkInput = z.strictObject({ shared: z.boolean() });

export const offerChangesInput = z.strictObject({
  keys: z
    .array(z.string().regex(/^\d+:\d+$/))
    .min(1)
    .max(100),
  note: z.string().trim().max(2_000).default(''),
});

/** Pull every upstream change, or the one of one passage (a key from GET .../upstream). */
export const pullInput = z.strictObject({
  key: z
    .string()
    .regex(/^\d+:\d+$/)
    .optional(),
});
