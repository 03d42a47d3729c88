import { diffArrays, diffWords } from 'diff';
import type { DiffView } from '../api/types.ts';

type DiffPart = DiffView['parts'][number];

/** How much work one diff may do: bigger texts, or more edits than this, are not compared word by word. */
export interface DiffBudget {
  /** The longer of the two texts, in characters, above which nothing is compared. */
  maxChars: number;
  /** Edits (inserted or removed words, or paragraphs) the word diff may find before it gives up. */
  maxEditLength: number;
  /** Milliseconds each level (words, then paragraphs) may run before it gives up. */
  timeoutMs: number;
}

/** A diff that fitted its budget, and the level it could afford; null when even paragraphs did not fit. */
export type BoundedDiff = { level: 'words' | 'paragraphs'; parts: DiffPart[] } | null;

/** How the server joins a statement's blocks into plain text (and so where paragraphs part). */
const PARAGRAPH_SEPARATOR = '\n\n';

const kindOf = (change: { added: boolean; removed: boolean }): DiffPart['kind'] => (change.added ? 'added' : change.removed ? 'removed' : 'equal');

/**
 * Two texts compared within a budget: word by word when that fits (jsdiff's Myers diff is O(N·D),
 * so a large rewrite would hold the only thread for minutes), else paragraph by paragraph, else
 * null. Every diff the server makes goes through here, so no request can start unbounded work.
 */
export function boundedDiff(before: string, after: string, budget: DiffBudget): BoundedDiff {
  if (Math.max(before.length, after.length) > budget.maxChars) return null;
  // Texts whose word counts differ by more edits than the budget allows cannot fit: do not try.
  const wordCount = (text: string) => text.split(/\s+/).length;
  const words =
    Math.abs(wordCount(before) - wordCount(after)) > budget.maxEditLength
      ? undefined
      : diffWords(before, after, { maxEditLength: budget.maxEditLength, timeout: budget.timeoutMs });
  if (words !== undefined) return { level: 'words', parts: words.map((change) => ({ kind: kindOf(change), text: change.value })) };
  // Paragraphs are few next to words; the edit count is bounded by the size cap, the time by the timeout.
  const paragraphs = diffArrays(before.split(PARAGRAPH_SEPARATOR), after.split(PARAGRAPH_SEPARATOR), { timeout: budget.timeoutMs });
  if (paragraphs === undefined) return null;
  const parts: DiffPart[] = [];
  paragraphs.forEach((change, index) => {
    const kind = kindOf(change);
    // A paragraph replaced by another stays one block (removed then added, no break between them).
    const replacing = kind === 'added' && paragraphs[index - 1]?.removed === true;
    if (parts.length > 0 && !replacing) parts.push({ kind: 'equal', text: PARAGRAPH_SEPARATOR });
    parts.push({ kind, text: change.value.join(PARAGRAPH_SEPARATOR) });
  });
  return { level: 'paragraphs', parts };
}
