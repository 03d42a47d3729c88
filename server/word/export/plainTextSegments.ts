import type { Schema } from '@tiptap/pm/model';
import type { CanonicalNode } from '../../versions/canonicalDocument.ts';

/** A block of a statement's plain text: where it starts in that text, its words, and its document position. */
export interface PlainTextSegment {
  offset: number;
  text: string;
  position: number;
}

const isText = (node: CanonicalNode): node is { type: 'text'; text: string } => node.type === 'text';
const childrenOf = (node: CanonicalNode) => ('content' in node ? node.content : undefined) ?? [];

/**
 * The blocks of plainText (textBlocks joined by a blank line), each with its ProseMirror position:
 * the map from an offset in the text the word diff compares to a place in the document.
 */
export function plainTextSegments(root: CanonicalNode, schema: Schema): PlainTextSegment[] {
  const segments: PlainTextSegment[] = [];
  let offset = 0;
  const push = (text: string, position: number) => {
    if (segments.length > 0) offset += 2;
    segments.push({ offset, text, position });
    offset += text.length;
  };
  const sizeOf = (node: CanonicalNode): number => {
    if (isText(node)) return node.text.length;
    if (schema.nodes[node.type]?.isLeaf) return 1;
    return 2 + childrenOf(node).reduce((sum, child) => sum + sizeOf(child), 0);
  };
  // As textBlocks reads a node: a text alone, a block of texts as one, anything else child by child.
  const walk = (node: CanonicalNode, position: number) => {
    if (isText(node)) {
      push(node.text, position);
      return;
    }
    const children = childrenOf(node);
    const contentStart = node.type === 'doc' ? position : position + 1;
    if (node.type !== 'doc' && children.every(isText)) {
      const text = children.map((child) => (child as { text: string }).text).join('');
      if (text !== '') push(text, contentStart);
      return;
    }
    let childPosition = contentStart;
    for (const child of children) {
      walk(child, childPosition);
      childPosition += sizeOf(child);
    }
  };
  walk(root, 0);
  return segments;
}
