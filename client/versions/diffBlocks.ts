import type { DiffView } from '../../shared/api/types.ts';

export type DiffPart = DiffView['parts'][number];

/** How the server joins a statement's blocks before diffing them word by word. */
export const BLOCK_SEPARATOR = '\n\n';

/** Whether a list of parts holds no words at all. */
export function isBlank(parts: readonly DiffPart[]): boolean {
  return parts.every((part) => part.text.trim() === '');
}

/**
 * A word diff, paragraph by paragraph: a part that runs across a blank line is cut there, so each
 * paragraph of either text is a block of its own. Blocks without words are left out.
 */
export function diffBlocks(parts: readonly DiffPart[]): DiffPart[][] {
  const blocks: DiffPart[][] = [[]];
  for (const part of parts) {
    part.text.split(BLOCK_SEPARATOR).forEach((text, index) => {
      if (index > 0) blocks.push([]);
      if (text !== '') blocks.at(-1)!.push({ kind: part.kind, text });
    });
  }
  return blocks.filter((block) => !isBlank(block));
}
