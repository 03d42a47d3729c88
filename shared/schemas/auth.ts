import { z } from 'zod';

export const emailSchema = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());

/** Passwords: long enough to resist guessing, bounded so hashing cannot be used to exhaust the CPU. */
export const passwordSchema = z.string().min(10, 'at least 10 characters').max(200);

export const personNameSchema = z.string().trim().min(1).max(120);

export const loginInput = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const setupInput = z.strictObject({
  token: z.string().min(16).max(200),
  email: emailSchema,
  name: personNameSchema,
  password: passwordSchema,
});
