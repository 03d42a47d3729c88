import { PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { ThreadView } from '../../shared/api/types.ts';
import type { ThreadDraft } from './draftFromSelection.ts';
import type { Placement } from './placeAnchors.ts';

/** What the highlights show, sent to the editor as this key's transaction meta. */
export interface ThreadHighlightsInput {
  threads: readonly ThreadView[];
  activeThreadId: string | null;
  /** The words of a comment or suggestion being written. */
  draft: ThreadDraft | null;
}

export interface ThreadHighlightsState {
  input: ThreadHighlightsInput;
  /** Where each thread's words are now (absent: not in this browser's copy of the text yet). */
  placements: ReadonlyMap<string, Placement>;
  decorations: DecorationSet;
}

export const threadHighlightsKey = new PluginKey<ThreadHighlightsState>('threadHighlights');
