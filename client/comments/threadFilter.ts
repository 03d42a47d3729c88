import type { TFunction } from 'i18next';
import type { ThreadView } from '../../shared/api/types.ts';

export const THREAD_FILTERS = ['open', 'resolved', 'mine', 'suggestions'] as const;

export type ThreadFilter = (typeof THREAD_FILTERS)[number];

/** A filter's name on its button. */
export function threadFilterLabel(filter: ThreadFilter, t: TFunction<'comments'>): string {
  switch (filter) {
    case 'open':
      return t('filters.open');
    case 'resolved':
      return t('filters.resolved');
    case 'mine':
      return t('filters.mine');
    case 'suggestions':
      return t('filters.suggestions');
  }
}

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
