import { canSeeThread, type ThreadViewer, type ThreadVisibility } from '../comments/threadVisibility.ts';
import type { StatementAction } from './statementPolicy.ts';

/** What one may do with one comment thread or suggestion. */
export const THREAD_ACTIONS = ['thread.reply', 'thread.resolve', 'suggestion.accept', 'suggestion.reject'] as const;
export type ThreadAction = (typeof THREAD_ACTIONS)[number];

/** What the thread policy needs of a thread. */
export interface PolicyThread {
  kind: 'comment' | 'suggestion';
  visibility: ThreadVisibility;
  authorId: string;
  orgId: string | null;
}

/**
 * The statement action a thread action rests on, for this viewer and thread; null when the action
 * does not apply (resolving a suggestion, accepting a comment). A thread's author resolves and
 * reopens it while they may comment; anyone else needs to decide suggestions.
 */
export function threadActionRequires(
  action: ThreadAction,
  viewer: ThreadViewer,
  thread: PolicyThread,
  statementCan: readonly StatementAction[],
): StatementAction | null {
  switch (action) {
    case 'thread.reply':
      return 'statement.comment';
    case 'thread.resolve':
      if (thread.kind !== 'comment') return null;
      return thread.authorId === viewer.userId && !statementCan.includes('statement.decideSuggestions') ? 'statement.comment' : 'statement.decideSuggestions';
    case 'suggestion.accept':
      return thread.kind === 'suggestion' ? 'statement.acceptSuggestions' : null;
    case 'suggestion.reject':
      return thread.kind === 'suggestion' ? 'statement.decideSuggestions' : null;
  }
}

/**
 * What the viewer may do with this thread now, given what the statement policy lets them do with
 * its statement (`statementCan`): nothing with a thread they may not see. Every thread answer and
 * live push carries it as `can`; whether the thread is open is the thread's state, shown beside.
 */
export function threadPolicy(statementCan: readonly StatementAction[], viewer: ThreadViewer, thread: PolicyThread): ThreadAction[] {
  if (!canSeeThread(viewer, thread)) return [];
  return THREAD_ACTIONS.filter((action) => {
    const required = threadActionRequires(action, viewer, thread, statementCan);
    return required !== null && statementCan.includes(required);
  });
}
