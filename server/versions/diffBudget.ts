import type { DiffBudget } from '../../shared/versions/boundedDiff.ts';
import type { Environment } from '../env.ts';

/** Edits a word diff may find before it falls back to paragraphs (the review's figure for H2). */
const MAX_EDIT_LENGTH = 2000;

/** The budget every server diff runs within, from the configured limits. */
export function diffBudget(env: Pick<Environment, 'ACCORD_MAX_DIFF_CHARS' | 'ACCORD_DIFF_TIMEOUT_MS'>): DiffBudget {
  return { maxChars: env.ACCORD_MAX_DIFF_CHARS, maxEditLength: MAX_EDIT_LENGTH, timeoutMs: env.ACCORD_DIFF_TIMEOUT_MS };
}
