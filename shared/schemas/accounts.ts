import { z } from 'zod';
import { CONTACT_ROLES } from '../permissions/roles.ts';
import { passwordSchema, personNameSchema } from './auth.ts';

export const updateAccountInput = z
  .strictObject({
    name: personNameSchema.optional(),
    role: z.enum(CONTACT_ROLES).optional(),
  })
  .refine((input) => input.name !== undefined || input.role !== undefined, { message: 'change the name or the role' });

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const resetPasswordInput = z.strictObject({ password: passwordSchema });
