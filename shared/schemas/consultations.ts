import { z } from 'zod';
import { statementTitleSchema } from './statements.ts';

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'Give an http:// or https:// link');

/** A date-time as typed (local to `timeZone`, or ISO with an offset); shared/consultations/parseDeadline reads it. */
const deadlineText = z.string().trim().min(1).max(64);
const timeZone = z.string().trim().min(1).max(64);

export const createConsultationInput = z.strictObject({
  name: statementTitleSchema,
  body: statementTitleSchema,
  url: httpUrl,
  deadline: deadlineText,
  timeZone,
  public: z.boolean().optional(),
});

export const updateConsultationInput = z
  .strictObject({
    name: statementTitleSchema.optional(),
    body: statementTitleSchema.optional(),
    url: httpUrl.optional(),
    public: z.boolean().optional(),
    deadline: deadlineText.optional(),
    /** Why the deadline moved: required with `deadline`; shown wherever the date is. */
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .refine((input) => input.deadline === undefined || input.reason !== undefined, { message: 'Say why the deadline moved', path: ['reason'] });
