import type { MeView, StatementView, ThreadView } from '../../shared/api/types.ts';

/** What the user may do with the threads of a statement; only to show the right buttons (the server decides). */
export interface CommentRights {
  canComment: boolean;
  canSuggest: boolean;
  /** Accept and reject suggestions, resolve and reopen anyone's threads: drafters and the secretariat. */
  canDecide: boolean;
  /** Accept a suggestion: a decider, while the text is still being drafted. */
  canAccept: boolean;
  /** A contact whose organisation has not agreed to the Statement of Purpose yet. */
  awaitingPurpose: boolean;
  userId: string;
}

export function commentRights(me: MeView, statement: StatementView): CommentRights {
  const canDecide = statement.drafterIds.includes(me.user.id) || me.user.role === 'secretariat';
  const canComment = canDecide || me.can.includes('statement.comment');
  return {
    canComment,
    canSuggest: canComment && statement.stage === 'drafting',
    canDecide,
    canAccept: canDecide && statement.stage === 'drafting',
    awaitingPurpose: !canComment && me.org !== null && !me.purpose.agreed,
    userId: me.user.id,
  };
}

/** Resolve or reopen: a comment thread's author, or a decider. */
export function mayResolve(rights: CommentRights, thread: ThreadView): boolean {
  return thread.kind === 'comment' && (rights.canDecide || thread.author.id === rights.userId);
}
