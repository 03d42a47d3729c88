import i18next from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFieldProblem } from '../../server/http/describeFieldProblem.ts';
import type { FieldProblem } from '../../shared/api/fieldProblem.ts';
import english from '../../shared/i18n/locales/en/feedback.json' with { type: 'json' };
import french from '../../shared/i18n/locales/fr/feedback.json' with { type: 'json' };
import { ApiError } from './ApiError.ts';
import { describeApiError } from './describeApiError.ts';
import { errorMessage } from './errorMessage.ts';

beforeAll(async () => {
  await i18next.use(ICU).init({ lng: 'en', resources: { en: { feedback: english }, fr: { feedback: french } }, interpolation: { escapeValue: false } });
});

const refused = (fields: FieldProblem[], message = 'from the server') => new ApiError(400, 'bad_request', message, fields);

describe('describeApiError: an API error in the reader’s words', () => {
  it('says in English exactly what the server says for each field problem', async () => {
    await i18next.changeLanguage('en');
    const problems: FieldProblem[] = [
      { path: 'title', problem: 'required' },
      { path: 'title', problem: 'too_short', limit: 3 },
      { path: 'title', problem: 'too_long', limit: 1 },
      { path: 'reason', problem: 'too_long', limit: 500 },
      { path: 'deadline', problem: 'invalid_date' },
      { path: 'role', problem: 'not_one_of', options: ['contact', 'signatory'] },
      { path: 'email', problem: 'invalid_email' },
      { path: 'colour', problem: 'unknown_field' },
    ];
    expect(errorMessage(refused([{ path: 'url', problem: 'invalid_url' }]), 'x')).toBe('The link must be a web address starting with http:// or https://.');
    for (const problem of problems) expect(errorMessage(refused([problem]), 'fallback')).toBe(describeFieldProblem(problem));
  });

  it('translates the problems into French, with plurals', async () => {
    await i18next.changeLanguage('fr');
    expect(errorMessage(refused([{ path: 'title', problem: 'too_short', limit: 3 }]), 'x')).toBe(
      'Le champ «\u202ftitre\u202f» doit comporter au moins 3 caractères.',
    );
    expect(errorMessage(refused([{ path: 'title', problem: 'too_long', limit: 1 }]), 'x')).toBe(
      'Le champ «\u202ftitre\u202f» peut comporter au plus 1 caractère.',
    );
    expect(errorMessage(refused([{ path: 'milestones.0.reason', problem: 'required' }]), 'x')).toBe('Le champ «\u202fmotif\u202f» est obligatoire.');
    await i18next.changeLanguage('en');
  });

  it('falls back to the server’s message for a field or a rule it cannot name', async () => {
    await i18next.changeLanguage('fr');
    expect(errorMessage(refused([{ path: 'mysteryField', problem: 'required' }], 'The mystery field is required.'), 'x')).toBe(
      'The mystery field is required.',
    );
    expect(errorMessage(refused([{ path: 'reason', problem: 'invalid' }], 'Say why the deadline moved.'), 'x')).toBe('Say why the deadline moved.');
    expect(errorMessage(new Error('boom'), 'Could not save')).toBe('Could not save');
    await i18next.changeLanguage('en');
  });

  it('says what to do for each status', async () => {
    const t = i18next.getFixedT('en');
    expect(describeApiError(new ApiError(401, 'unauthorised', 'Not signed in'), t, true)).toBe('Your session has ended. Sign in again to continue.');
    expect(describeApiError(new ApiError(403, 'forbidden', 'Only the secretariat can do this'), t, true)).toBe(
      'Only the secretariat can do this. If you need to, ask the secretariat.',
    );
    expect(describeApiError(new ApiError(404, 'not_found', 'No such statement'), t, true)).toMatch(/could not be found/);
    expect(describeApiError(new ApiError(409, 'conflict', 'The text was frozen meanwhile: nothing was changed'), t, true)).toBe(
      'The text was frozen meanwhile: nothing was changed. Reload the page to see where it stands.',
    );
    expect(describeApiError(new ApiError(409, 'open_items', 'Resolve the open suggestions first'), t, true)).toBe('Resolve the open suggestions first');
    expect(describeApiError(new ApiError(413, 'too_large', 'The statement can hold at most 1 MB'), t, true)).toBe('The statement can hold at most 1 MB');
    expect(describeApiError(new ApiError(429, 'too_many_requests', 'Slow down', [], 12), t, true)).toBe('Too many requests. Wait 12 seconds and try again.');
    expect(describeApiError(new ApiError(429, 'too_many_requests', 'Slow down'), t, true)).toBe('Too many requests. Wait a moment and try again.');
    const fr = i18next.getFixedT('fr');
    expect(describeApiError(new ApiError(409, 'conflict', 'The text was frozen meanwhile'), fr, false)).toBe(
      'La déclaration a changé entre-temps. Rechargez la page pour voir où elle en est.',
    );
    expect(describeApiError(new ApiError(429, 'too_many_requests', 'Slow down', [], 1), fr, false)).toBe('Trop de requêtes. Patientez 1 seconde et réessayez.');
    // A comment over the limit: the server's English sentence has the size sent; a French reader gets the limit.
    const tooLong = [{ path: 'comment', problem: 'too_long' as const, limit: 10_000 }];
    expect(describeApiError(new ApiError(413, 'too_large', 'A comment can be at most 10,000 characters', tooLong), fr, false)).toBe(
      'Le champ «\u202fcommentaire\u202f» peut comporter au plus 10\u202f000 caractères.',
    );
    expect(describeApiError(new ApiError(413, 'too_large', 'A comment can be at most 10,000 characters', tooLong), t, true)).toBe(
      'A comment can be at most 10,000 characters',
    );
  });
});
