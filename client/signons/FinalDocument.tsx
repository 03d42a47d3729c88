import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { statementExtensions } from '../../shared/editor/statementExtensions.ts';

/**
 * A final version's text rendered through the editor schema, read-only: headings, lists and links
 * exactly as the hash covers them and as the public page shows them, and nothing else (no open
 * suggestions, no live edits). It is a standalone editor holding a stored version, not the shared
 * document, so giving it `content` seeds nothing anyone else sees.
 */
export function FinalDocument({ document, label }: { document: unknown; label: string }) {
  const editor = useEditor(
    {
      extensions: statementExtensions(),
      content: document as JSONContent,
      editable: false,
      immediatelyRender: true,
      editorProps: { attributes: { class: 'statement-text', 'aria-label': label, 'data-testid': 'final-document' } },
    },
    [document],
  );
  return <EditorContent editor={editor} className="editor__content final-document" />;
}
