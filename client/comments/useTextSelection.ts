import type { Editor } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { useCallback, useEffect, useRef, useState } from 'react';
import { selectedRange } from './selectedRange.ts';
import type { TextRange } from './textSpan.ts';

/** Nothing selected in the statement, a caret in it (where words could be inserted), or words. */
export type SelectionKind = 'none' | 'caret' | 'words';

export interface TextSelectionState {
  kind: SelectionKind;
  /** The words selected now, or the last ones selected while the text has not changed since. */
  current(): TextRange | null;
}

/**
 * What is selected in the statement, for the comment buttons. The last selection is kept while
 * the text stays the same: a tap on a button may clear a reader's selection before the click
 * arrives. The selection changes with every keystroke; this renders only when its kind changes.
 */
export function useTextSelection(editor: Editor): TextSelectionState {
  const [kind, setKind] = useState<SelectionKind>('none');
  const last = useRef<{ range: TextRange; doc: Node } | null>(null);

  const current = useCallback((): TextRange | null => {
    if (editor.isDestroyed) return null;
    const range = selectedRange(editor.view);
    if (range !== null) {
      last.current = { range, doc: editor.state.doc };
      return range;
    }
    return last.current?.doc === editor.state.doc ? last.current.range : null;
  }, [editor]);

  useEffect(() => {
    let shown: SelectionKind = 'none';
    const read = () => {
      const range = current();
      const next: SelectionKind = range === null ? 'none' : range.from === range.to ? 'caret' : 'words';
      if (next === shown) return;
      shown = next;
      setKind(next);
    };
    read();
    const page = editor.view.dom.ownerDocument;
    page.addEventListener('selectionchange', read);
    return () => page.removeEventListener('selectionchange', read);
  }, [editor, current]);

  return { kind, current };
}
