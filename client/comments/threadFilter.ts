import type { ThreadView } from '../../shared/api/types.ts';

export const THREAD_FILTERS = ['open', 'resolved', 'mine', 'suggestions'] as const;

export type ThreadFilter = (typeof THREAD_FILTERS)[number];

export const THREAD_FILTER_LABELS: Record<ThreadFilter, string> = {
  open: 'Open',
  resolved: 'Resolved',
  mine: 'Mine',
  suggestions: 'Suggestions',
};

/**
 * Whether a thread shows under a filter. Resolved holds every decided thread (resolved comments,
 * accepted and rejected suggestions); Mine, the threads one started, answered or is mentioned in.
 */
export function matchesThreadFilter(thread: ThreadView, filter: ThreadFilter, userId: string): boolean {
  switch (filter) {
    case 'open':
      return thread.status === 'open';
    case 'resolved':
      return thread.status !== 'open';
    case 'mine':
      return (
        thread.author.id === userId ||
        thread.comments.some((comment) => comment.author.id === userId || comment.mentions.some((mention) => mention.type === 'user' && mention.id === userId))
      );
    case 'suggestions':
      return thread.kind === 'suggestion';
  }
}
