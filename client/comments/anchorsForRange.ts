import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { encodeAnchor } from '../../shared/comments/encodeAnchor.ts';
import type { TextRange } from './textSpan.ts';
import type { YjsBinding } from './yjsBindingOf.ts';

/** Anchors of a thread as the API takes them (base64 Yjs relative positions). */
export interface AnchorPair {
  anchorStart: string;
  anchorEnd: string;
}

interface TextPoint {
  text: Y.XmlText;
  index: number;
}

function textPointAt(binding: YjsBinding, position: number): TextPoint | null {
  try {
    const relative = absolutePositionToRelativePosition(position, binding.fragment, binding.mapping) as Y.RelativePosition;
    const absolute = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc);
    return absolute !== null && absolute.type instanceof Y.XmlText ? { text: absolute.type, index: absolute.index } : null;
  } catch {
    return null;
  }
}

/**
 * Anchors for a range of text (see textSpan). The start sticks to the first anchored character
 * (assoc 0) and the end to the last one (assoc -1), so words typed just before or after the
 * passage stay out of it, as the server expects. `oneParagraph`: both ends in one Yjs text node,
 * which a suggestion needs.
 */
export function anchorsForRange(binding: YjsBinding, range: TextRange): (AnchorPair & { oneParagraph: boolean }) | null {
  const start = textPointAt(binding, range.from);
  const end = textPointAt(binding, range.to);
  if (start === null || end === null) return null;
  return {
    anchorStart: encodeAnchor(Y.createRelativePositionFromTypeIndex(start.text, start.index, 0)),
    anchorEnd: encodeAnchor(Y.createRelativePositionFromTypeIndex(end.text, end.index, -1)),
    oneParagraph: start.text === end.text,
  };
}
