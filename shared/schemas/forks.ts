import { z } from 'zod';

export const shareForkInput = z.strictObject({ shared: z.boolean() });

export const offerChangesInput = z.strictObject({
  keys: z.array(z.string().regex(/^\d+:\d+$/)).min(1).max(100),
  note: z.string().trim().max(2_000).default(''),
});
