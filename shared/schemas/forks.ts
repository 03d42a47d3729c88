import { z } from 'zod';

export const shareForkInput = z.strictObject({ shared: z.boolean() });
