import type { EditorView } from '@tiptap/pm/view';
import type { TextRange } from './textSpan.ts';

/**
 * What the reader has selected in the statement. The browser's selection comes first: in a
 * read-only editor ProseMirror's own selection need not follow it. Null when the selection is
 * elsewhere on the page.
 */
export function selectedRange(view: EditorView): TextRange | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection !== null && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (view.dom.contains(range.startContainer) && view.dom.contains(range.endContainer)) {
      try {
        const from = view.posAtDOM(range.startContainer, range.startOffset);
        const to = view.posAtDOM(range.endContainer, range.endOffset);
        return { from: Math.min(from, to), to: Math.max(from, to) };
      } catch {
        // A point ProseMirror does not map (inside a widget): fall back to its own selection.
      }
    }
  }
  if (!view.hasFocus()) return null;
  const { from, to } = view.state.selection;
  return { from, to };
}
