import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { isSafeLinkHref } from './isSafeLinkHref.ts';

/**
 * The statement schema: one list of TipTap extensions for the editor and for anything that renders
 * a statement. Changing what it accepts means bumping EDITOR_SCHEMA_VERSION (shared/collab/protocol.ts).
 */
export function statementExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs keeps the undo history (per user), not ProseMirror.
      undoRedo: false,
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeLinkHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
  ];
}
