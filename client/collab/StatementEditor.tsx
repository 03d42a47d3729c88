import type { AnyExtension, Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extension-placeholder';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { userColour } from '../../shared/collab/userColour.ts';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';
import type { UserView } from '../../shared/api/types.ts';
import { CollaboratorAnnouncer } from './CollaboratorAnnouncer.tsx';
import { OfficePaste } from './OfficePaste.ts';
import { ReaderCaret } from './ReaderCaret.ts';
import { Toolbar } from './Toolbar.tsx';
import type { Collaboration as SharedDocument } from './useCollaboration.ts';

const NO_EXTENSIONS: readonly AnyExtension[] = [];
const ON_MAC = /Mac|iPhone|iPad/.test(navigator.platform);
const COMMENT_SHORTCUT = ON_MAC ? '⌘⌥M' : 'Ctrl+Alt+M';

/** The attributes of the text: a reader's is announced read-only, with how to comment, and opens no on-screen keyboard. */
function textAttributes(label: string, reader: boolean, hintId: string): Record<string, string> {
  // The role is TipTap's default, restated: attributes given after the editor is made replace it.
  const attributes: Record<string, string> = {
    class: 'statement-text',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    spellcheck: reader ? 'false' : 'true',
  };
  if (reader) {
    attributes['aria-readonly'] = 'true';
    attributes['aria-describedby'] = hintId;
    attributes.inputmode = 'none';
  }
  return attributes;
}

/**
 * The rich-text editor bound to the shared document. It never receives `content`: the text comes
 * only from the Yjs document (seeding it here would duplicate paragraphs on every reload).
 * Memoised: the page around it re-renders for presence and save state, which must not re-render
 * (and re-measure the selection of) a 10,000-paragraph editor on every keystroke; so every prop
 * must keep its identity between renders (a module constant, a state setter, a memoised element).
 */
export const StatementEditor = memo(function StatementEditor({
  collaboration,
  user,
  editable,
  extensions = NO_EXTENSIONS,
  tools = null,
  onEditor,
}: {
  collaboration: SharedDocument;
  user: UserView;
  /** Whether the user drafts; a reader gets a caret to select and comment, and changes nothing. */
  editable: boolean;
  /** Features layered on the text (comment highlights), read once when the editor is made. */
  extensions?: readonly AnyExtension[];
  /** Buttons for everyone who may use them, editors or not (Comment, Suggest wording). */
  tools?: ReactNode;
  /** Hands the editor to the page, which anchors comments and scrolls to them through it. */
  onEditor?: (editor: Editor | null) => void;
}) {
  const { t } = useTranslation('collab');
  // The editor is made once; its placeholder reads the words of the current language and mode when it draws.
  const placeholder = useRef('');
  placeholder.current = editable ? t('editor.placeholder') : t('editor.empty');
  const label = t('editor.label');
  // Readers keep a caret (to select words and comment by keyboard); their changes are never applied.
  const reader = useRef(!editable);
  reader.current = !editable;
  const hintId = useId();
  const editor = useEditor(
    {
      extensions: [
        ...statementExtensions(),
        Collaboration.configure({ document: collaboration.doc, field: TEXT_FRAGMENT }),
        CollaborationCaret.configure({
          provider: collaboration.provider,
          user: { id: user.id, name: user.name, color: userColour(user.id) },
        }),
        Placeholder.configure({ placeholder: () => placeholder.current }),
        OfficePaste,
        ReaderCaret.configure({ isReader: () => reader.current }),
        ...extensions,
      ],
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: textAttributes(label, !editable, hintId),
      },
    },
    [collaboration],
  );

  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: textAttributes(label, !editable, hintId) } });
  }, [editor, label, editable, hintId]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  // Who joined or left, and where the others are (Alt+Shift+P), for screen readers; in the toolbar for everyone.
  const announcer = editor && <CollaboratorAnnouncer collaboration={collaboration} editor={editor} selfId={user.id} />;
  return (
    <div className="editor">
      {editable && editor && (
        <Toolbar editor={editor}>
          {tools}
          {announcer}
        </Toolbar>
      )}
      {!editable && (
        <div className="toolbar toolbar--reader" role="toolbar" aria-label={t('editor.commentTools')}>
          <div className="toolbar__group">
            {tools}
            {announcer}
          </div>
        </div>
      )}
      {!editable && (
        <p id={hintId} className="visually-hidden">
          {tools === null ? t('editor.readOnlyHint') : t('editor.readOnlyCommentHint', { shortcut: COMMENT_SHORTCUT })}
        </p>
      )}
      <EditorContent editor={editor} className="editor__content" />
    </div>
  );
});
