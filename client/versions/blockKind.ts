import type { DiffPart } from './diffBlocks.ts';

/** A paragraph that is all added or all removed is marked as a whole, beside its words. */
export function blockKind(block: readonly DiffPart[]): 'added' | 'removed' | 'changed' | 'equal' {
  const kinds = new Set(block.filter((part) => part.text.trim() !== '').map((part) => part.kind));
  if (kinds.size === 1) return [...kinds][0]!;
  return kinds.size === 0 ? 'equal' : 'changed';
}
