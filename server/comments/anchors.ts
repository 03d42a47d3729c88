import { decodeAnchor } from '../../shared/comments/decodeAnchor.ts';
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its tree with AbstractType<any> */
import * as Y from 'yjs';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';

/** A point in the text: a text node of the statement and an offset in it. */
export interface TextPoint {
  text: Y.XmlText;
  index: number;
}

export interface ResolvedRange {
  start: TextPoint;
  end: TextPoint;
}

/** Every text node of the statement, in reading order. */
function textNodes(fragment: Y.XmlFragment | Y.XmlElement, into: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) into.push(child);
    else if (child instanceof Y.XmlElement) textNodes(child, into);
  }
  return into;
}

function resolvePoint(doc: Y.Doc, anchor: Y.RelativePosition): TextPoint | null {
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(anchor, doc);
  } catch {
    // It names an item this document never had.
    return null;
  }
  if (absolute === null || !(absolute.type instanceof Y.XmlText)) return null;
  return { text: absolute.type, index: absolute.index };
}

/** Where the anchors are now, or null when they do not point into this statement's text. */
export function resolveRange(doc: Y.Doc, anchorStart: string, anchorEnd: string): ResolvedRange | null {
  const startAnchor = decodeAnchor(anchorStart);
  const endAnchor = decodeAnchor(anchorEnd);
  if (startAnchor === null || endAnchor === null) return null;
  const start = resolvePoint(doc, startAnchor);
  const end = resolvePoint(doc, endAnchor);
  if (start === null || end === null) return null;
  const fragment = doc.getXmlFragment(TEXT_FRAGMENT);
  const inStatement = (point: TextPoint) => point.text.doc === doc && isInside(point.text, fragment);
  return inStatement(start) && inStatement(end) ? { start, end } : null;
}

function isInside(type: Y.AbstractType<any>, fragment: Y.XmlFragment): boolean {
  for (let current: Y.AbstractType<any> | null = type; current !== null; current = (current._item?.parent as Y.AbstractType<any> | undefined) ?? null) {
    if (current === fragment) return true;
  }
  return false;
}

/** Whether a text node (or any of its ancestors) has been deleted. */
function isDeleted(type: Y.AbstractType<any>): boolean {
  for (let item = type._item; item !== null; item = (item.parent as Y.AbstractType<any>)._item) {
    if (item.deleted) return true;
  }
  return false;
}

/**
 * The statement's text nodes in reading order with each one's position: built once per listing,
 * so checking many threads costs one walk of the document, not one walk per thread.
 */
export interface TextIndex {
  nodes: Y.XmlText[];
  position: Map<Y.XmlText, number>;
}

export function textIndexOf(doc: Y.Doc): TextIndex {
  const nodes = textNodes(doc.getXmlFragment(TEXT_FRAGMENT));
  return { nodes, position: new Map(nodes.map((node, index) => [node, index])) };
}

/**
 * The words between two points, paragraphs joined by a line break; empty when the range is
 * collapsed or runs backwards (its words were deleted).
 */
export function textBetween(doc: Y.Doc, range: ResolvedRange, index: TextIndex = textIndexOf(doc)): string {
  if (isDeleted(range.start.text) || isDeleted(range.end.text)) return '';
  const { nodes } = index;
  const from = index.position.get(range.start.text) ?? -1;
  const to = index.position.get(range.end.text) ?? -1;
  if (from === -1 || to === -1 || to < from) return '';
  if (from === to) return plain(range.start.text).slice(range.start.index, Math.max(range.start.index, range.end.index));
  const parts = [plain(nodes[from]!).slice(range.start.index)];
  for (let index = from + 1; index < to; index++) parts.push(plain(nodes[index]!));
  parts.push(plain(nodes[to]!).slice(0, range.end.index));
  return parts.join('\n');
}

/** A text node's characters without formatting markup. */
function plain(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/**
 * The change that accepting a suggestion makes: the anchored words replaced by the proposed ones,
 * as one Yjs update, made on a copy so the live document changes only through the store (stored
 * first, then applied and forwarded like any edit). Null when the words are gone or span
 * paragraphs.
 */
export function suggestionUpdate(
  encodedState: Uint8Array,
  suggestion: { anchorStart: string; anchorEnd: string; quote: string; replacement: string | null },
): Uint8Array | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, encodedState);
    if (isOrphaned(copy, suggestion)) return null;
    const range = resolveRange(copy, suggestion.anchorStart, suggestion.anchorEnd);
    if (range === null || range.start.text !== range.end.text) return null;
    const replacement = suggestion.replacement ?? '';
    const { text, index } = range.start;
    const length = range.end.index - index;
    if (length < 0) return null;
    let update: Uint8Array | null = null;
    copy.on('update', (change: Uint8Array) => {
      update = change;
    });
    copy.transact(() => {
      if (length > 0) text.delete(index, length);
      // Inserted text takes the formatting of the words around it, as typing there would.
      if (replacement.length > 0) text.insert(index, replacement);
    });
    return update;
  } finally {
    copy.destroy();
  }
}

/**
 * Whether a thread has lost its words: its anchors no longer point into the text, its paragraph
 * was deleted, or every anchored character was deleted (the range collapsed). Such a thread is
 * shown with its quote; it is never moved onto other words.
 */
export function isOrphaned(doc: Y.Doc, thread: { anchorStart: string; anchorEnd: string; quote: string }, index?: TextIndex): boolean {
  const range = resolveRange(doc, thread.anchorStart, thread.anchorEnd);
  if (range === null || isDeleted(range.start.text) || isDeleted(range.end.text)) return true;
  return thread.quote !== '' && textBetween(doc, range, index) === '';
}
