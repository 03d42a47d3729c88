// The bare editor stack the client is measured against: React, TipTap StarterKit + Collaboration
// + caret, Yjs and the y-websocket provider, and nothing else.
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const doc = new Y.Doc();
const provider = new WebsocketProvider(`ws://${location.host}/collab`, 'bare', doc);

function BareEditor() {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ document: doc }),
      CollaborationCaret.configure({ provider, user: { name: 'x', color: '#000' } }),
    ],
  });
  return createElement(EditorContent, { editor });
}

createRoot(document.getElementById('root')!).render(createElement(BareEditor));
