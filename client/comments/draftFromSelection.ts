import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
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
export function draftFromSelection(editor: Editor, kind: ThreadKind, selected: TextRange | null, t: TFunction<'comments'>): ThreadDraft | { problem: string } {
  const { view } = editor;
  if (selected === null || selected.to > view.state.doc.content.size) return { problem: t('draft.selectFirst') };
  const span = textSpan(view.state.doc, selected);
  if (span === null) return { problem: t('draft.selectStatementWords') };
  if (kind === 'comment' && span.from === span.to) return { problem: t('draft.selectCommentWords') };
  const binding = yjsBindingOf(view.state);
  const anchors = binding && anchorsForRange(binding, span);
  if (!anchors) return { problem: t('draft.notLoaded') };
  if (kind === 'suggestion' && !anchors.oneParagraph) {
    return { problem: t('draft.oneParagraph') };
  }
  return { kind, anchorStart: anchors.anchorStart, anchorEnd: anchors.anchorEnd, quote: view.state.doc.textBetween(span.from, span.to, '\n') };
}
