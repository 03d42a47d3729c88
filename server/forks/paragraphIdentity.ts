import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';

/**
 * Paragraphs by identity. A fork starts as a CRDT copy of its upstream, so a paragraph that
 * existed at fork time has the same Yjs item id in both documents (and in forks of forks): that
 * id says which passage is which, however much either side edited it.
 */
export interface Passage {
  key: string;
  text: Y.XmlText;
  content: string;
}

function plain(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/** The live text nodes of a document, in reading order, keyed by their item id. */
export function passages(doc: Y.Doc): Passage[] {
  const found: Passage[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText && child._item !== null) {
        found.push({ key: `${child._item.id.client}:${child._item.id.clock}`, text: child, content: plain(child) });
      } else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(TEXT_FRAGMENT));
  return found;
}

/** A document from its encoded state, used and destroyed. */
export function withDoc<T>(state: Uint8Array, use: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return use(doc);
  } finally {
    doc.destroy();
  }
}

/** The smallest range that differs between two texts: [common prefix, common suffix] lengths. */
export function differingRange(before: string, after: string): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}
