import type { z } from 'zod';
import { describeFieldProblem } from './describeFieldProblem.ts';
import { fieldProblemOf } from './fieldProblemOf.ts';
import { HttpError } from './HttpError.ts';

/**
 * Validates untrusted input against a schema; a mismatch is a 400 whose message says, in sentences, what to
 * fix, with `fields` (path, problem, limit) for the client to say it in the reader's language.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const sentences: string[] = [];
  const fields = result.error.issues.flatMap((issue) => {
    const problems = fieldProblemOf(issue);
    for (const problem of problems) sentences.push(describeFieldProblem(problem, issue.code === 'custom' ? issue.message : undefined));
    return problems;
  });
  throw new HttpError('bad_request', [...new Set(sentences)].join(' '), undefined, fields);
}
