/** What is wrong with one field of a request, in a form the client can put into words in any language. */
export const FIELD_PROBLEMS = [
  'required',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_big',
  'invalid_email',
  'invalid_url',
  'invalid_date',
  'not_one_of',
  'unknown_field',
  'invalid',
] as const;

export type FieldProblemCode = (typeof FIELD_PROBLEMS)[number];

export interface FieldProblem {
  /** The field's path in the request body, dotted ("title", "milestones.0.days"); "" for the body itself. */
  path: string;
  problem: FieldProblemCode;
  /** The bound that was crossed: characters for text, items for lists, the number itself for numbers. */
  limit?: number;
  /** For `not_one_of`: the accepted values. */
  options?: string[];
}
