import { BLOCK_SEPARATOR, isBlank, type DiffPart } from './diffBlocks.ts';

/** One line of a side-by-side comparison: the blocks of the older text beside those of the newer. */
export interface SideBySideRow {
  before: DiffPart[][];
  after: DiffPart[][];
}

const emptyRow = (): SideBySideRow => ({ before: [[]], after: [[]] });

/**
 * A word diff as rows of a side-by-side comparison: the left side has the equal and removed words,
 * the right side the equal and added ones. Rows break where both texts break a paragraph, so
 * unchanged paragraphs line up; a paragraph only one side has gets a row of its own when the other
 * side has nothing there, and otherwise stays in the row of the paragraph it came with.
 */
export function sideBySideRows(parts: readonly DiffPart[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let row = emptyRow();
  const finishRow = () => {
    rows.push(row);
    row = emptyRow();
  };

  for (const part of parts) {
    part.text.split(BLOCK_SEPARATOR).forEach((text, index) => {
      if (index > 0) {
        const own = part.kind === 'removed' ? row.before : row.after;
        const other = part.kind === 'removed' ? row.after : row.before;
        if (part.kind === 'equal' || other.every(isBlank)) finishRow();
        else own.push([]);
      }
      if (text === '') return;
      if (part.kind !== 'added') row.before.at(-1)!.push({ kind: part.kind, text });
      if (part.kind !== 'removed') row.after.at(-1)!.push({ kind: part.kind, text });
    });
  }
  finishRow();

  const withWords = (blocks: DiffPart[][]) => blocks.filter((block) => !isBlank(block));
  return rows
    .map((candidate) => ({ before: withWords(candidate.before), after: withWords(candidate.after) }))
    .filter((candidate) => candidate.before.length > 0 || candidate.after.length > 0);
}
