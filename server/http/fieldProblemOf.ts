import type { z } from 'zod';
import type { FieldProblem } from '../../shared/api/fieldProblem.ts';

const FORMAT_PROBLEMS: Record<string, FieldProblem['problem']> = {
  email: 'invalid_email',
  url: 'invalid_url',
  datetime: 'invalid_date',
  date: 'invalid_date',
  time: 'invalid_date',
};

/** A zod issue as a field problem: the path, a stable problem code and the limit or the choices. */
export function fieldProblemOf(issue: z.core.$ZodIssue): FieldProblem[] {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, problem: /received undefined$/.test(issue.message) ? 'required' : 'invalid' }];
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        // An empty required text reads better as "missing" than as "needs at least 1 character".
        if (small && limit === 1) return [{ path, problem: 'required' }];
        return [{ path, problem: small ? 'too_short' : 'too_long', limit }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') return [{ path, problem: small ? 'too_few' : 'too_many', limit }];
      return [{ path, problem: small ? 'too_small' : 'too_big', limit }];
    }
    case 'invalid_format':
      return [{ path, problem: FORMAT_PROBLEMS[issue.format] ?? 'invalid' }];
    case 'invalid_value':
      return [{ path, problem: 'not_one_of', options: issue.values.map(String) }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, problem: 'unknown_field' as const }));
    default:
      return [{ path, problem: 'invalid' }];
  }
}
