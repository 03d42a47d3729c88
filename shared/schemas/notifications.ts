import { IANAZone } from 'luxon';
import { z } from 'zod';
import { emailSchema } from './auth.ts';

export const EMAIL_FREQUENCIES = ['immediate', 'daily', 'weekly', 'off'] as const;

/** An IANA time-zone name luxon knows (e.g. `Europe/Paris`). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => IANAZone.isValidZone(zone), { message: 'not a time zone: use an IANA name such as Europe/Paris or America/New_York' });

/** PUT /api/me/notifications */
export const notificationSettingsInput = z.strictObject({
  email: z.enum(EMAIL_FREQUENCIES),
  timeZone: timeZoneSchema,
});

/** POST /api/auth/forgot */
export const forgotPasswordInput = z.strictObject({ email: emailSchema });

/** GET /api/admin/outbox */
export const outboxQuery = z.strictObject({
  status: z.enum(['queued', 'sending', 'sent', 'failed']).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
