import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../../shared/collab/protocol.ts';

const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

/**
 * The text of each text block (paragraph or heading) of a statement in reading order: null for an
 * empty one. Every imported paragraph is one text block, so block n of the base text is entry n.
 */
export function textBlocksOf(doc: Y.Doc): (Y.XmlText | null)[] {
  const found: (Y.XmlText | null)[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (TEXT_BLOCKS.has(child.nodeName)) found.push(child.toArray().find((node): node is Y.XmlText => node instanceof Y.XmlText) ?? null);
      else walk(child);
    }
  };
  walk(doc.getXmlFragment(TEXT_FRAGMENT));
  return found;
}
