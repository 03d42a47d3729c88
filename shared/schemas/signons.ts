import { z } from 'zod';

export const signInput = z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'the 64-character hash of the final version') });

export const freezeInput = z.strictObject({ name: z.string().trim().min(1).max(200).default('Final text') });

export const settingsInput = z
  .strictObject({
    signOnDeadline: z.iso.datetime({ offset: true }).nullable().optional(),
    whoMaySign: z.enum(['members', 'membersAndSupporters']).optional(),
    openAfterPublication: z.boolean().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, { message: 'change at least one setting' });
