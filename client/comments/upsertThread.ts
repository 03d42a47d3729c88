import type { ThreadView } from '../../shared/api/types.ts';

/** The list with `thread` in place of the one with its id, or added at the end. */
export function upsertThread(threads: readonly ThreadView[], thread: ThreadView): ThreadView[] {
  const index = threads.findIndex((existing) => existing.id === thread.id);
  if (index === -1) return [...threads, thread];
  const next = [...threads];
  next[index] = thread;
  return next;
}
