import { z } from 'zod';

export const searchQuery = z.strictObject({ q: z.string().trim().min(2, 'at least 2 characters').max(200) });
