import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { countText, type TextCounts } from './countText.ts';

/** How long typing (anyone's: remote changes are transactions too) may go on before the whole text is counted again. */
const RECOUNT_AFTER_MS = 300;

function countWholeText(editor: Editor): TextCounts {
  const { doc } = editor.state;
  // Blocks apart by a space so words of two paragraphs are not joined; characters without those separators.
  return countText(doc.textBetween(0, doc.content.size, ' ', ' '), doc.textContent.length);
}

function countSelection(editor: Editor): TextCounts | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const { doc } = editor.state;
  const text = doc.textBetween(from, to, ' ', ' ');
  return countText(text, doc.textBetween(from, to, '', '').length);
}

/**
 * Word and character counts of the editor's text and of its selection. The text is counted once
 * typing pauses (debounced), not on every keystroke: a 100-page statement stays cheap to type in.
 */
export function useTextCounts(editor: Editor | null): { text: TextCounts | null; selection: TextCounts | null } {
  const [text, setText] = useState<TextCounts | null>(null);
  const [selection, setSelection] = useState<TextCounts | null>(null);
  useEffect(() => {
    if (editor === null) return;
    let timer: number | undefined;
    setText(countWholeText(editor));
    const handleUpdate = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setText(countWholeText(editor)), RECOUNT_AFTER_MS);
    };
    const handleSelection = () => setSelection(countSelection(editor));
    editor.on('update', handleUpdate);
    editor.on('selectionUpdate', handleSelection);
    return () => {
      window.clearTimeout(timer);
      editor.off('update', handleUpdate);
      editor.off('selectionUpdate', handleSelection);
    };
  }, [editor]);
  return { text, selection };
}
