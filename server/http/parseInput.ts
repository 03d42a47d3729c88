import type { z } from 'zod';
import { HttpError } from './HttpError.ts';

/** Validates untrusted input against a schema; a mismatch is a 400 naming each bad field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  const summary = fields.map((field) => `${field.field}: ${field.message}`).join('; ');
  throw new HttpError('bad_request', `Invalid input: ${summary}`, fields);
}
