import type { MeView, StatementView } from '../../shared/api/types.ts';

/**
 * What the user may do about the threads of a statement as a whole (open new ones), as the server's
 * statement policy says (`statement.can`); each thread carries its own `can`.
 */
export interface CommentRights {
  canComment: boolean;
  canSuggest: boolean;
  /**
   * Whether new threads can be anchored in the text shown: only the live text while it is drafted
   * (the final version shown during sign-on and after publication is not the live document).
   */
  textSelectable: boolean;
  /** A contact whose organisation has not agreed to the Statement of Purpose yet. */
  awaitingPurpose: boolean;
  userId: string;
}

export function commentRights(me: MeView, statement: StatementView): CommentRights {
  return {
    canComment: statement.can.includes('statement.comment'),
    canSuggest: statement.can.includes('statement.suggest'),
    textSelectable: statement.stage === 'drafting' || statement.finalVersion === null,
    awaitingPurpose: me.org !== null && !me.purpose.agreed,
    userId: me.user.id,
  };
}
