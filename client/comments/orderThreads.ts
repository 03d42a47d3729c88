import type { ThreadView } from '../../shared/api/types.ts';
import type { Placement } from './placeAnchors.ts';

/**
 * Threads in the order of their words in the text; those without words in it (deleted, or not
 * loaded yet) at the end, oldest first.
 */
export function orderThreads(threads: readonly ThreadView[], placements: ReadonlyMap<string, Placement>): ThreadView[] {
  const positionOf = (thread: ThreadView) => {
    const placement = placements.get(thread.id);
    return placement === undefined || placement === 'gone' ? null : placement;
  };
  return [...threads].sort((a, b) => {
    const first = positionOf(a);
    const second = positionOf(b);
    if (first === null || second === null) {
      if (first !== second) return first === null ? 1 : -1;
    } else if (first.from !== second.from || first.to !== second.to) {
      return first.from - second.from || first.to - second.to;
    }
    return a.createdAt.localeCompare(b.createdAt);
  });
}
