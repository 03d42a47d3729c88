import type { EditorState } from '@tiptap/pm/state';
import { type relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** y-tiptap's map from Yjs types to the ProseMirror nodes it rendered them as (not exported by name). */
export type ProseMirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** The Yjs side of an editor bound by the Collaboration extension. */
export interface YjsBinding {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: ProseMirrorMapping;
}

/** The shared document behind an editor state, or null before the Collaboration extension bound it. */
export function yjsBindingOf(state: EditorState): YjsBinding | null {
  // y-tiptap types its plugin state as `any`: check the three fields used here.
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null) return null;
  const { doc, type, binding } = sync as { doc?: unknown; type?: unknown; binding?: { mapping?: unknown } | null };
  if (!(doc instanceof Y.Doc) || !(type instanceof Y.XmlFragment) || !(binding?.mapping instanceof Map)) return null;
  return { doc, fragment: type, mapping: binding.mapping as ProseMirrorMapping };
}
