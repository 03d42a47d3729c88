import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { ThreadView } from '../../shared/api/types.ts';

/**
 * Opens the thread a link names (`/statements/:id?thread=<id>`, as "What needs me" and e-mails link
 * to it) once the threads and the editor are ready: makes it active, shows its words and scrolls its
 * card into view. Only once per thread named, so the reader may then move on.
 */
export function useLinkedThread(threads: readonly ThreadView[] | null, ready: boolean, selectThread: (threadId: string) => void): void {
  const [params] = useSearchParams();
  const linked = params.get('thread');
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (linked === null || !ready || threads === null || opened.current === linked) return;
    if (!threads.some((thread) => thread.id === linked)) return;
    opened.current = linked;
    selectThread(linked);
    // After the card has rendered as active (the filter may have switched to show it).
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(linked)}"]`);
      card?.scrollIntoView({ block: 'center' });
    });
  }, [linked, ready, threads, selectThread]);
}
