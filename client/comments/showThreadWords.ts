import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { threadHighlightsKey } from './threadHighlightsKey.ts';

/** Room the sticky header and toolbar take at the top of the window. */
const COVERED_TOP = 130;

/** Selects a thread's words in the editor and scrolls them into view if they are not. */
export function showThreadWords(editor: Editor, threadId: string): void {
  if (editor.isDestroyed) return;
  const { view } = editor;
  const placement = threadHighlightsKey.getState(view.state)?.placements.get(threadId);
  if (placement === undefined || placement === 'gone') return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, placement.from, placement.to)));
  const { top, bottom } = view.coordsAtPos(placement.from);
  if (top >= COVERED_TOP && bottom <= window.innerHeight) return;
  window.scrollTo({ top: window.scrollY + top - window.innerHeight / 3, behavior: 'smooth' });
}
