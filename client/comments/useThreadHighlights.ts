import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';
import { threadHighlightsKey, type ThreadHighlightsInput } from './threadHighlightsKey.ts';

/**
 * Shows `input` in the editor's highlights (keep it memoised: each new object redraws them), and
 * reports clicks on a highlighted passage.
 */
export function useThreadHighlights(editor: Editor | null, input: ThreadHighlightsInput, handleActivate: (threadId: string) => void): void {
  const activate = useRef(handleActivate);
  activate.current = handleActivate;

  useEffect(() => {
    if (editor === null || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(threadHighlightsKey, input));
  }, [editor, input]);

  useEffect(() => {
    if (editor === null || editor.isDestroyed) return;
    const dom = editor.view.dom;
    const handleClick = (event: MouseEvent) => {
      // A drag that selects words to comment on is not a click on the thread under them.
      if (dom.ownerDocument.getSelection()?.isCollapsed === false) return;
      const marked = event.target instanceof Element ? event.target.closest('[data-thread-id]') : null;
      const threadId = marked?.getAttribute('data-thread-id');
      if (threadId) activate.current(threadId);
    };
    dom.addEventListener('click', handleClick);
    return () => dom.removeEventListener('click', handleClick);
  }, [editor]);
}
