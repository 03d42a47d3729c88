import type { FieldProblem } from '../../shared/api/fieldProblem.ts';

/** "signOnDeadline" → "sign-on deadline"-like words: the path's last named segment, camelCase split. */
export function fieldWords(path: string): string {
  const named = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .at(-1);
  if (named === undefined || named === '') return 'request';
  return named.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/**
 * One field problem as an English sentence a person would write ("The title needs at least 3 characters.");
 * `custom` is the schema's own message for a rule it words itself ("Say why the deadline moved").
 */
export function describeFieldProblem(field: FieldProblem, custom?: string): string {
  const the = `The ${fieldWords(field.path)}`;
  const limit = field.limit ?? 0;
  switch (field.problem) {
    case 'required':
      return `${the} is required.`;
    case 'too_short':
      return `${the} needs at least ${plural(limit, 'character', 'characters')}.`;
    case 'too_long':
      return `${the} can have at most ${plural(limit, 'character', 'characters')}.`;
    case 'too_few':
      return `${the} needs at least ${plural(limit, 'item', 'items')}.`;
    case 'too_many':
      return `${the} can have at most ${plural(limit, 'item', 'items')}.`;
    case 'too_small':
      return `${the} must be at least ${limit}.`;
    case 'too_big':
      return `${the} must be at most ${limit}.`;
    case 'invalid_email':
      return `${the} is not a valid email address.`;
    case 'invalid_url':
      return `${the} must be a web address starting with http:// or https://.`;
    case 'invalid_date':
      return `${the} is not a valid date.`;
    case 'not_one_of':
      return `${the} must be one of: ${(field.options ?? []).join(', ')}.`;
    case 'unknown_field':
      return `The request has a field it does not accept: ${field.path}.`;
    case 'invalid':
      return custom !== undefined && !custom.startsWith('Invalid') ? `${custom.replace(/\.?$/, '.')}` : `${the} is not valid.`;
  }
}
