import { z } from 'zod';
import { ACCOUNT_ROLES } from '../permissions/roles.ts';
import { emailSchema, passwordSchema, personNameSchema } from './auth.ts';

export const createInvitationInput = z
  .strictObject({
    email: emailSchema,
    orgId: z.string().min(1).max(64).nullable().optional(),
    role: z.enum(ACCOUNT_ROLES),
  })
  .refine((input) => input.role === 'secretariat' || Boolean(input.orgId), {
    message: 'a contact belongs to an organisation: give orgId',
    path: ['orgId'],
  });

export const acceptInvitationInput = z.strictObject({
  name: personNameSchema,
  password: passwordSchema,
});
