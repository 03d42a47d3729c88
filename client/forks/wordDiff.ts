import { diffWords } from 'diff';
import type { DiffPart } from '../versions/diffBlocks.ts';

/** Two wordings of one passage, word by word, in the server's DiffView shape. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'equal',
    text: change.value,
  }));
}
