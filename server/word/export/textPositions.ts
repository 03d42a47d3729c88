import type { Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';

/** A text node's characters (what canonicalDocument keeps of it). */
function lengthOf(text: Y.XmlText): number {
  return (text.toDelta() as { insert?: unknown }[]).reduce((sum, op) => sum + (typeof op.insert === 'string' ? op.insert.length : 0), 0);
}

/**
 * Where each text node of the live statement starts in the ProseMirror document read from it
 * (canonicalDocument then statementDocument), so an anchor (a text node and an offset) becomes a
 * document position: elements open and close with one step each, leaves (a line break) are one.
 */
export function textPositions(fragment: Y.XmlFragment, schema: Schema): Map<Y.XmlText, number> {
  const positions = new Map<Y.XmlText, number>();
  let position = 0;
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) {
        positions.set(child, position);
        position += lengthOf(child);
      } else if (child instanceof Y.XmlElement) {
        if (schema.nodes[child.nodeName]?.isLeaf) {
          position += 1;
        } else {
          position += 1;
          walk(child);
          position += 1;
        }
      }
    }
  };
  walk(fragment);
  return positions;
}
