import type { Editor } from '@tiptap/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadKind } from '../../shared/api/types.ts';
import type { TextRange } from './textSpan.ts';
import { useTextSelection } from './useTextSelection.ts';

const ON_MAC = /Mac|iPhone|iPad/.test(navigator.platform);
const COMMENT_SHORTCUT = ON_MAC ? '⌘⌥M' : 'Ctrl+Alt+M';
const SUGGEST_SHORTCUT = ON_MAC ? '⌘⌥S' : 'Ctrl+Alt+S';

/** Mod-Alt-M comments, Mod-Alt-S suggests wording; null for any other key. */
function shortcutKind(event: KeyboardEvent): ThreadKind | null {
  // By key position: Alt changes the character the M and S keys type on some keyboards.
  if (!(ON_MAC ? event.metaKey : event.ctrlKey) || !event.altKey || event.shiftKey) return null;
  if (event.code === 'KeyM') return 'comment';
  if (event.code === 'KeyS') return 'suggestion';
  return null;
}

/**
 * "Comment" and "Suggest wording" on the selected words, for everyone who may comment, editors
 * or readers. Mod-Alt-M comments and Mod-Alt-S suggests; they are caught on the window, since a
 * read-only editor never has the keyboard focus.
 */
export function CommentButtons({
  editor,
  canSuggest,
  onCompose,
}: {
  editor: Editor;
  canSuggest: boolean;
  onCompose: (kind: ThreadKind, range: TextRange | null) => void;
}) {
  const { t } = useTranslation('comments');
  const selection = useTextSelection(editor);
  const { current } = selection;
  const compose = useRef(onCompose);
  compose.current = onCompose;
  const suggestAllowed = useRef(canSuggest);
  suggestAllowed.current = canSuggest;

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      const kind = shortcutKind(event);
      if (kind === null || (kind === 'suggestion' && !suggestAllowed.current)) return;
      const range = current();
      if (range === null || range.from === range.to) return;
      event.preventDefault();
      compose.current(kind, range);
    };
    window.addEventListener('keydown', handleKeyDown, true);
    return () => window.removeEventListener('keydown', handleKeyDown, true);
  }, [current]);

  return (
    <>
      <button
        type="button"
        className="toolbar__button toolbar__button--text"
        title={t('buttons.commentTitle', { shortcut: COMMENT_SHORTCUT })}
        aria-keyshortcuts={ON_MAC ? 'Meta+Alt+M' : 'Control+Alt+M'}
        disabled={selection.kind !== 'words'}
        // Keeps the selection in the text: a read-only reader's selection is only the browser's.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onCompose('comment', current())}
      >
        {t('buttons.comment')}
      </button>
      {canSuggest && (
        <button
          type="button"
          className="toolbar__button toolbar__button--text"
          title={t('buttons.suggestTitle', { shortcut: SUGGEST_SHORTCUT })}
          aria-keyshortcuts={ON_MAC ? 'Meta+Alt+S' : 'Control+Alt+S'}
          disabled={selection.kind === 'none'}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onCompose('suggestion', current())}
        >
          {t('buttons.suggest')}
        </button>
      )}
    </>
  );
}
