import type { Editor } from '@tiptap/core';
import type { ThreadKind } from '../../shared/api/types.ts';
import { anchorsForRange, type AnchorPair } from './anchorsForRange.ts';
import { textSpan, type TextRange } from './textSpan.ts';
import { yjsBindingOf } from './yjsBindingOf.ts';

/** A comment or suggestion being written: what it is about, anchored, with the words as selected. */
export interface ThreadDraft extends AnchorPair {
  kind: ThreadKind;
  quote: string;
}

/** A draft for the words selected in the editor, or why there can be none (to show the reader). */
export function draftFromSelection(editor: Editor, kind: ThreadKind, selected: TextRange | null): ThreadDraft | { problem: string } {
  const { view } = editor;
  if (selected === null || selected.to > view.state.doc.content.size) return { problem: 'Select the words in the text first.' };
  const span = textSpan(view.state.doc, selected);
  if (span === null) return { problem: 'Select some words of the statement.' };
  if (kind === 'comment' && span.from === span.to) return { problem: 'Select the words the comment is about.' };
  const binding = yjsBindingOf(view.state);
  const anchors = binding && anchorsForRange(binding, span);
  if (!anchors) return { problem: 'Those words cannot be marked yet: wait for the text to load, then try again.' };
  if (kind === 'suggestion' && !anchors.oneParagraph) {
    return { problem: 'A suggestion replaces words within one paragraph: select words in one paragraph.' };
  }
  return { kind, anchorStart: anchors.anchorStart, anchorEnd: anchors.anchorEnd, quote: view.state.doc.textBetween(span.from, span.to, '\n') };
}
