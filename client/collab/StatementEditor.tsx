import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extension-placeholder';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect } from 'react';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import { userColour } from '../../shared/collab/userColour.ts';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';
import type { UserView } from '../../shared/api/types.ts';
import { Toolbar } from './Toolbar.tsx';
import type { Collaboration as SharedDocument } from './useCollaboration.ts';

/**
 * The rich-text editor bound to the shared document. It never receives `content`: the text comes
 * only from the Yjs document (seeding it here would duplicate paragraphs on every reload).
 * Memoised: the page around it re-renders for presence and save state, which must not re-render
 * (and re-measure the selection of) a 10,000-paragraph editor on every keystroke.
 */
export const StatementEditor = memo(function StatementEditor({ collaboration, user, editable }: {
  collaboration: SharedDocument;
  user: UserView;
  editable: boolean;
}) {
  const editor = useEditor(
    {
      extensions: [
        ...statementExtensions(),
        Collaboration.configure({ document: collaboration.doc, field: TEXT_FRAGMENT }),
        CollaborationCaret.configure({
          provider: collaboration.provider,
          user: { id: user.id, name: user.name, color: userColour(user.id) },
        }),
        Placeholder.configure({ placeholder: editable ? 'Start drafting the statement…' : 'Nothing written yet.' }),
      ],
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'statement-text', 'aria-label': 'Statement text', spellcheck: 'true' },
      },
    },
    [collaboration],
  );

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="editor">
      {editable && editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="editor__content" />
    </div>
  );
});
