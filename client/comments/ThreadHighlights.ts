import { Extension } from '@tiptap/core';
import { Plugin, type EditorState } from '@tiptap/pm/state';
import type { Mappable } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { placeAnchors, type Placement, type TextStarts } from './placeAnchors.ts';
import { threadDecorations } from './threadDecorations.ts';
import { threadHighlightsKey, type ThreadHighlightsInput, type ThreadHighlightsState } from './threadHighlightsKey.ts';
import { yjsBindingOf } from './yjsBindingOf.ts';

const NOTHING: ThreadHighlightsInput = { threads: [], activeThreadId: null, draft: null };

/** Places every thread from its anchors in the shared document, and draws the open ones. */
function build(state: EditorState, input: ThreadHighlightsInput): ThreadHighlightsState {
  const binding = yjsBindingOf(state);
  const placements = new Map<string, Placement>();
  const decorations: Decoration[] = [];
  if (binding !== null) {
    const size = state.doc.content.size;
    // Finding where a paragraph starts walks the paragraphs before it: once per paragraph, not per anchor.
    const starts: TextStarts = new Map();
    for (const thread of input.threads) {
      const placement = placeAnchors(binding, thread, thread.quote, size, starts);
      if (placement === null) continue;
      placements.set(thread.id, placement);
      // A thread whose words are gone has no highlight: it is never moved onto other words.
      if (placement !== 'gone' && thread.status === 'open') decorations.push(...threadDecorations(thread, placement, thread.id === input.activeThreadId));
    }
    const draft = input.draft && placeAnchors(binding, input.draft, input.draft.quote, size, starts);
    if (draft && draft !== 'gone') {
      decorations.push(
        draft.from < draft.to
          ? // i18n-ignore: CSS class names
            Decoration.inline(draft.from, draft.to, { class: 'thread-highlight thread-highlight--draft' })
          : Decoration.widget(draft.from, () => Object.assign(document.createElement('span'), { className: 'thread-insertion-point' }), {
              key: 'draft-insertion',
            }),
      );
    }
  }
  return { input, placements, decorations: DecorationSet.create(state.doc, decorations) };
}

function mapPlacements(placements: ReadonlyMap<string, Placement>, mapping: Mappable): Map<string, Placement> {
  const mapped = new Map<string, Placement>();
  for (const [id, placement] of placements) {
    if (placement === 'gone') {
      mapped.set(id, placement);
      continue;
    }
    const from = mapping.map(placement.from, 1);
    const to = mapping.map(placement.to, -1);
    mapped.set(id, placement.from === placement.to ? { from, to: from } : from < to ? { from, to } : 'gone');
  }
  return mapped;
}

/**
 * Comment threads and suggestions drawn in the text. The threads come in through a transaction
 * meta (threadHighlightsKey). Changes that come from the shared document (other people's edits,
 * an accepted suggestion, the first render) are placed afresh from the anchors; this browser's
 * own typing reaches the Yjs document only after its transaction, so until then the highlights
 * follow it through ProseMirror's mapping.
 */
export const ThreadHighlights = Extension.create({
  name: 'threadHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<ThreadHighlightsState>({
        key: threadHighlightsKey,
        state: {
          init: (_config, state) => build(state, NOTHING),
          apply(transaction, previous, _oldState, newState) {
            const input = transaction.getMeta(threadHighlightsKey) as ThreadHighlightsInput | undefined;
            if (input !== undefined || transaction.getMeta(ySyncPluginKey) !== undefined) return build(newState, input ?? previous.input);
            if (!transaction.docChanged) return previous;
            return {
              input: previous.input,
              placements: mapPlacements(previous.placements, transaction.mapping),
              decorations: previous.decorations.map(transaction.mapping, transaction.doc),
            };
          },
        },
        props: {
          decorations: (state) => threadHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
