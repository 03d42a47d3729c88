import type { Node } from '@tiptap/pm/model';

/** A range of ProseMirror positions. */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * The part of a range that lies on text, so both ends fall inside Yjs text nodes (a selection may
 * start in an empty paragraph or take in the whole document). A collapsed range stays collapsed
 * if it is inside a paragraph with words. Null when no text is left.
 */
export function textSpan(doc: Node, range: TextRange): TextRange | null {
  if (range.from === range.to) {
    const parent = doc.resolve(range.from).parent;
    return parent.inlineContent && parent.textContent !== '' ? range : null;
  }
  let from = -1;
  let to = -1;
  doc.nodesBetween(range.from, range.to, (node, position) => {
    if (!node.isText) return true;
    if (from === -1) from = Math.max(range.from, position);
    to = Math.min(range.to, position + node.nodeSize);
    return false;
  });
  return from !== -1 && from < to ? { from, to } : null;
}
