import type { DiffPart } from './diffBlocks.ts';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** How many words a diff adds and removes, for a one-line summary above it. */
export function diffSummary(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === 'added') added += wordCount(part.text);
    if (part.kind === 'removed') removed += wordCount(part.text);
  }
  return { added, removed };
}
