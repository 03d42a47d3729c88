import type { DroppedItem } from './ImportedText.ts';
import type { ImportedThread } from './importedThreads.ts';

/** What an import brings in and leaves out: shown before it is confirmed, and returned after. */
export interface ImportReport {
  suggestions: number;
  threads: number;
  dropped: DroppedItem[];
}

export function importReport(threads: readonly ImportedThread[], dropped: readonly DroppedItem[]): ImportReport {
  return {
    suggestions: threads.filter((thread) => thread.kind === 'suggestion').length,
    threads: threads.filter((thread) => thread.kind === 'comment').length,
    dropped: [...dropped],
  };
}
