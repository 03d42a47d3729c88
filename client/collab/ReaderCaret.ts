import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export interface ReaderCaretOptions {
  /** Whether the person only reads the text now; asked at every transaction, since the right can change while the editor lives. */
  isReader: () => boolean;
}

const readerCaretKey = new PluginKey('readerCaret');

/** Undo and redo act on the shared document directly (Yjs), not through a ProseMirror transaction. */
function isHistoryKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && (event.code === 'KeyZ' || event.code === 'KeyY');
}

/**
 * Caret mode for readers: the text stays editable to the browser, so a keyboard user can Tab into
 * it, move a caret, select words (and comment on them), but no change of the document made on this
 * page is applied. Only the shared document's own changes pass (y-prosemirror marks them with its
 * sync plugin's meta): a local change the server refuses would otherwise leave this page diverged.
 */
export const ReaderCaret = Extension.create<ReaderCaretOptions>({
  name: 'readerCaret',

  addOptions() {
    return { isReader: () => false };
  },

  addProseMirrorPlugins() {
    const { isReader } = this.options;
    const refuse = (_view: EditorView, event: Event): boolean => {
      if (!isReader()) return false;
      event.preventDefault();
      return true;
    };
    return [
      new Plugin({
        key: readerCaretKey,
        filterTransaction: (transaction) => !transaction.docChanged || !isReader() || isChangeOrigin(transaction),
        props: {
          handleDOMEvents: {
            // Typing, deleting, Enter, formatting and history input: the browser would change the DOM first.
            beforeinput: refuse,
            paste: refuse,
            cut: refuse,
            drop: refuse,
            keydown: (_view, event) => {
              if (!isReader()) return false;
              // Tab leaves the text (a list item would otherwise take it to indent, trapping the focus).
              if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) return true;
              if (isHistoryKey(event)) {
                event.preventDefault();
                return true;
              }
              return false;
            },
          },
        },
      }),
    ];
  },
});
