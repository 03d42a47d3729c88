import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { AnchorPair } from './anchorsForRange.ts';
import { decodeAnchor } from '../../shared/comments/decodeAnchor.ts';
import type { TextRange } from './textSpan.ts';
import type { YjsBinding } from './yjsBindingOf.ts';

/** Where a thread's words are in the editor now, or `gone` when they were deleted. */
export type Placement = TextRange | 'gone';

function isDeleted(type: { _item: Y.Item | null }): boolean {
  for (let item = type._item; item !== null; item = (item.parent as { _item: Y.Item | null })._item) {
    if (item.deleted) return true;
  }
  return false;
}

/** Where text nodes start in the editor, found once per placing of all threads. */
export type TextStarts = Map<Y.XmlText, number | null>;

/** A ProseMirror position for an anchor; null when this browser does not have its words yet. */
function positionOf(binding: YjsBinding, anchor: string, starts: TextStarts): number | 'gone' | null {
  const relative = decodeAnchor(anchor);
  if (relative === null) return 'gone';
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc);
  } catch {
    return null;
  }
  if (absolute === null) return null;
  if (!(absolute.type instanceof Y.XmlText) || isDeleted(absolute.type)) return 'gone';
  const text = absolute.type;
  let start = starts.get(text);
  if (start === undefined) {
    // Measured from the end of its text node: y-tiptap refuses a position on the document's very
    // first character (it takes it for one misplaced by a block move), an end position it accepts.
    const end = relativePositionToAbsolutePosition(binding.doc, binding.fragment, Y.createRelativePositionFromTypeIndex(text, text.length, 0), binding.mapping);
    start = end === null ? null : end - text.length;
    starts.set(text, start);
  }
  return start === null ? null : start + absolute.index;
}

/**
 * Resolves a thread's anchors in the editor. A passage whose every character was deleted
 * collapses: it is `gone`, never moved onto other words. `quote` empty: an insertion point.
 * Null while the shared document does not hold the anchored words yet.
 */
export function placeAnchors(binding: YjsBinding, anchors: AnchorPair, quote: string, documentSize: number, starts: TextStarts = new Map()): Placement | null {
  const from = positionOf(binding, anchors.anchorStart, starts);
  const to = positionOf(binding, anchors.anchorEnd, starts);
  if (from === 'gone' || to === 'gone') return 'gone';
  if (from === null || to === null || from > documentSize || to > documentSize) return null;
  if (quote === '') return { from, to: from };
  return from < to ? { from, to } : 'gone';
}
