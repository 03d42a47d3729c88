import { z } from 'zod';

export const signInput = z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'the 64-character hash of the final version') });

export const freezeInput = z.strictObject({
  name: z.string().trim().min(1).max(200).default('Final text'),
  /** Freeze although suggestions or comment threads are still open: they stay open, and the count is recorded. */
  carryOver: z.boolean().default(false),
});

/** An organisation declines the final version; the reason is shown to the secretariat only. */
export const declineInput = z.strictObject({ reason: z.string().trim().max(2000).optional() });

export const settingsInput = z
  .strictObject({
    signOnDeadline: z.iso.datetime({ offset: true }).nullable().optional(),
    whoMaySign: z.enum(['members', 'membersAndSupporters']).optional(),
    openAfterPublication: z.boolean().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, { message: 'change at least one setting' });
