import { boundedDiff } from '../../shared/versions/boundedDiff.ts';
import type { DiffPart } from '../versions/diffBlocks.ts';

/** Small enough that a preview never freezes the page; a bigger change is shown whole. */
const PREVIEW_BUDGET = { maxChars: 200_000, maxEditLength: 2000, timeoutMs: 200 };

/**
 * Two wordings of one passage, word by word, in the server's DiffView shape; a passage changed
 * too much to compare within the budget is shown whole, the old wording struck through.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const diff = boundedDiff(before, after, PREVIEW_BUDGET);
  if (diff !== null && diff.level === 'words') return diff.parts;
  return [
    { kind: 'removed' as const, text: before },
    { kind: 'added' as const, text: after },
  ].filter((part) => part.text !== '');
}
