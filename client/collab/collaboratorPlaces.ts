import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { yjsBindingOf } from '../comments/yjsBindingOf.ts';

/** Where in the text one person's caret is, in words a screen reader can say. */
export type Place =
  | { kind: 'paragraph'; n: number }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; n: number }
  | { kind: 'quote' }
  | { kind: 'nowhere' };

export interface CollaboratorPlace {
  id: string;
  name: string;
  place: Place;
}

const HEADING_WORDS = 60;

/** The place of document position `position`: the top-level block that holds it (paragraphs counted from 1). */
export function placeAt(doc: ProseMirrorNode, position: number): Place {
  const resolved = doc.resolve(Math.max(0, Math.min(position, doc.content.size)));
  const index = resolved.index(0);
  if (index >= doc.childCount) return { kind: 'nowhere' };
  const block = doc.child(index);
  switch (block.type.name) {
    case 'heading': {
      const text = block.textContent.trim();
      return { kind: 'heading', text: text.length > HEADING_WORDS ? `${text.slice(0, HEADING_WORDS)}…` : text };
    }
    case 'bulletList':
    case 'orderedList':
      return { kind: 'list', n: resolved.depth >= 1 ? resolved.index(1) + 1 : 1 };
    case 'blockquote':
      return { kind: 'quote' };
    default: {
      let n = 0;
      for (let each = 0; each <= index; each++) if (doc.child(each).type.name === 'paragraph') n++;
      return { kind: 'paragraph', n: Math.max(n, 1) };
    }
  }
}

/**
 * Where every other person in the document has their caret, from awareness (each state's `user`,
 * set by the server, and `cursor`, Yjs relative positions set by the caret extension), by name.
 */
export function collaboratorPlaces(states: Map<number, Record<string, unknown>>, state: EditorState, selfId: string): CollaboratorPlace[] {
  const binding = yjsBindingOf(state);
  const byId = new Map<string, CollaboratorPlace>();
  for (const awareness of states.values()) {
    const user = awareness.user as { id?: unknown; name?: unknown } | undefined;
    if (typeof user?.id !== 'string' || typeof user.name !== 'string' || user.id === selfId) continue;
    let place: Place = { kind: 'nowhere' };
    const cursor = awareness.cursor as { head?: unknown } | null | undefined;
    if (binding !== null && cursor?.head) {
      try {
        const head = relativePositionToAbsolutePosition(binding.doc, binding.fragment, Y.createRelativePositionFromJSON(cursor.head), binding.mapping);
        if (head !== null) place = placeAt(state.doc, head);
      } catch {
        // A caret in text this copy has not received yet: said as "not in the text".
      }
    }
    const known = byId.get(user.id);
    if (known === undefined || known.place.kind === 'nowhere') byId.set(user.id, { id: user.id, name: user.name, place });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
