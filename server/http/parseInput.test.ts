import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { HttpError } from './HttpError.ts';
import { parseInput } from './parseInput.ts';

function refusal(schema: z.ZodType, input: unknown): HttpError {
  try {
    parseInput(schema, input);
  } catch (caught) {
    if (caught instanceof HttpError) return caught;
    throw caught;
  }
  throw new Error('the input was accepted');
}

describe('parseInput: a refused input in words, with a problem per field', () => {
  it('says how many characters a title needs, and how many it may have', () => {
    const schema = z.strictObject({ title: z.string().trim().min(3).max(10) });
    const short = refusal(schema, { title: 'ab' });
    expect(short.status).toBe(400);
    expect(short.message).toBe('The title needs at least 3 characters.');
    expect(short.fields).toEqual([{ path: 'title', problem: 'too_short', limit: 3 }]);
    expect(refusal(schema, { title: 'a'.repeat(11) }).message).toBe('The title can have at most 10 characters.');
  });

  it('names missing, badly formed and unknown fields', () => {
    const schema = z.strictObject({
      email: z.email(),
      signOnDeadline: z.iso.datetime(),
      role: z.enum(['contact', 'signatory']),
      name: z.string().trim().min(1),
      url: z.url(),
      days: z.number().int().min(1).max(90),
    });
    const error = refusal(schema, { email: 'nope', signOnDeadline: 'tomorrow', role: 'king', name: '', url: 'x', days: 91, extra: 1 });
    expect(error.fields).toEqual([
      { path: 'email', problem: 'invalid_email' },
      { path: 'signOnDeadline', problem: 'invalid_date' },
      { path: 'role', problem: 'not_one_of', options: ['contact', 'signatory'] },
      { path: 'name', problem: 'required' },
      { path: 'url', problem: 'invalid_url' },
      { path: 'days', problem: 'too_big', limit: 90 },
      { path: 'extra', problem: 'unknown_field' },
    ]);
    expect(error.message).toBe(
      'The email is not a valid email address. The sign on deadline is not a valid date. The role must be one of: contact, signatory. ' +
        'The name is required. The url must be a web address starting with http:// or https://. The days must be at most 90. The request has a field it does not accept: extra.',
    );
    expect(refusal(z.strictObject({ title: z.string() }), {}).fields).toEqual([{ path: 'title', problem: 'required' }]);
  });

  it("keeps a rule's own words", () => {
    const schema = z
      .object({ reason: z.string().optional() })
      .refine((input) => input.reason !== undefined, { message: 'Say why the deadline moved', path: ['reason'] });
    const error = refusal(schema, {});
    expect(error.message).toBe('Say why the deadline moved.');
    expect(error.fields).toEqual([{ path: 'reason', problem: 'invalid' }]);
  });
});
