import type { MeView, StatementView, ThreadView } from '../../shared/api/types.ts';

/** What the user may do with the threads of a statement, as the server's statement policy says (`statement.can`). */
export interface CommentRights {
  canComment: boolean;
  canSuggest: boolean;
  /** Reject suggestions, resolve and reopen anyone's threads: drafters and the secretariat. */
  canDecide: boolean;
  /** Accept a suggestion: a decider, while the text is still being drafted. */
  canAccept: boolean;
  /** A contact whose organisation has not agreed to the Statement of Purpose yet. */
  awaitingPurpose: boolean;
  userId: string;
}

export function commentRights(me: MeView, statement: StatementView): CommentRights {
  return {
    canComment: statement.can.includes('statement.comment'),
    canSuggest: statement.can.includes('statement.suggest'),
    canDecide: statement.can.includes('statement.decideSuggestions'),
    canAccept: statement.can.includes('statement.acceptSuggestions'),
    awaitingPurpose: me.org !== null && !me.purpose.agreed,
    userId: me.user.id,
  };
}

/** Resolve or reopen: a comment thread's author (while they may comment), or a decider. */
export function mayResolve(rights: CommentRights, thread: ThreadView): boolean {
  return thread.kind === 'comment' && (rights.canDecide || (rights.canComment && thread.author.id === rights.userId));
}
