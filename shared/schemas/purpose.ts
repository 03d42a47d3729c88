import { z } from 'zod';

export const publishPurposeInput = z.strictObject({
  text: z.string().trim().min(20, 'at least 20 characters').max(20_000),
});
