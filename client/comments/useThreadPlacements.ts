import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import type { Placement } from './placeAnchors.ts';
import { threadHighlightsKey } from './threadHighlightsKey.ts';

const NONE: ReadonlyMap<string, Placement> = new Map();

/** What the panel depends on: the threads' order in the text, and which lost their words. */
function outline(placements: ReadonlyMap<string, Placement>): string {
  const placed: [string, number][] = [];
  const gone: string[] = [];
  for (const [id, placement] of placements) {
    if (placement === 'gone') gone.push(id);
    else placed.push([id, placement.from]);
  }
  placed.sort((a, b) => a[1] - b[1]);
  return `${placed.map(([id]) => id).join(',')}|${gone.sort().join(',')}`;
}

/**
 * Where the threads' words are in the editor. They move with every keystroke, but the page
 * renders again only when the order changes or a thread loses its words (a React commit
 * measures the selection in a long statement, so not one per keystroke).
 */
export function useThreadPlacements(editor: Editor | null): ReadonlyMap<string, Placement> {
  const [placements, setPlacements] = useState<ReadonlyMap<string, Placement>>(NONE);
  const shown = useRef('');

  useEffect(() => {
    if (editor === null || editor.isDestroyed) return;
    const read = () => {
      const next = threadHighlightsKey.getState(editor.state)?.placements ?? NONE;
      const nextOutline = outline(next);
      if (nextOutline === shown.current) return;
      shown.current = nextOutline;
      setPlacements(next);
    };
    read();
    editor.on('transaction', read);
    return () => {
      editor.off('transaction', read);
    };
  }, [editor]);

  return placements;
}
