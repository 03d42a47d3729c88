import { decodeAnchor } from '../../shared/comments/decodeAnchor.ts';
import { encodeAnchor } from '../../shared/comments/encodeAnchor.ts';
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';

/** Every text node of a statement, in reading order. */
export function textNodes(doc: Y.Doc): Y.XmlText[] {
  const found: Y.XmlText[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) found.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(TEXT_FRAGMENT));
  return found;
}

/** A text node's characters without its formatting (XmlText.toString() writes bold, italic and links as tags). */
export function plainTextOf(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/**
 * Anchors around the first occurrence of `words`, as the editor makes them: the start sticks to
 * the first anchored character, the end to the last one. Formatting is no part of the words.
 */
export function anchorsAround(doc: Y.Doc, words: string): { anchorStart: string; anchorEnd: string } {
  for (const text of textNodes(doc)) {
    const index = plainTextOf(text).indexOf(words);
    if (index === -1) continue;
    return {
      anchorStart: encodeAnchor(Y.createRelativePositionFromTypeIndex(text, index, 0)),
      anchorEnd: encodeAnchor(Y.createRelativePositionFromTypeIndex(text, index + words.length, -1)),
    };
  }
  throw new Error(`"${words}" is not in the text`);
}

/** A collapsed range just after the first occurrence of `words`, as the editor anchors a suggested insertion. */
export function anchorsAfter(doc: Y.Doc, words: string): { anchorStart: string; anchorEnd: string } {
  for (const text of textNodes(doc)) {
    const index = plainTextOf(text).indexOf(words);
    if (index === -1) continue;
    return {
      anchorStart: encodeAnchor(Y.createRelativePositionFromTypeIndex(text, index + words.length, 0)),
      anchorEnd: encodeAnchor(Y.createRelativePositionFromTypeIndex(text, index + words.length, -1)),
    };
  }
  throw new Error(`"${words}" is not in the text`);
}

/** The words between two anchors now ('' when they collapsed). */
export function anchoredWords(doc: Y.Doc, anchors: { anchorStart: string; anchorEnd: string }): string {
  const start = Y.createAbsolutePositionFromRelativePosition(decodeAnchor(anchors.anchorStart)!, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(decodeAnchor(anchors.anchorEnd)!, doc);
  if (start === null || end === null || start.type !== end.type) return '';
  return plainTextOf(start.type as Y.XmlText).slice(start.index, Math.max(start.index, end.index));
}

/** Fills the statement with paragraphs of plain text in one transaction. */
export function writeParagraphs(doc: Y.Doc, paragraphs: readonly string[]): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(TEXT_FRAGMENT);
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      paragraphs.map((words) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(words)]);
        return paragraph;
      }),
    );
  });
}

/** Adds a paragraph of plain text at the end of the statement. */
export function appendParagraph(doc: Y.Doc, words: string): void {
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(words)]);
    const fragment = doc.getXmlFragment(TEXT_FRAGMENT);
    fragment.insert(fragment.length, [paragraph]);
  });
}
