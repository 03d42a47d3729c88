import type { AuditAction } from '../../shared/audit/auditActions.ts';
import type { AuditEntryRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { type Derived, NOTHING, type NoticeDerivation } from './noticeContext.ts';
import { noticesForComment } from './noticesForComment.ts';
import { noticesForDeadlineMove } from './noticesForDeadlineMove.ts';
import { noticesForPublished, noticesForSignOnDecision, noticesForStageChange } from './noticesForSignOn.ts';
import { noticesForDecision, noticesForResolvedThread, noticesForThread } from './noticesForThread.ts';

/**
 * Which audit actions mean something for "What needs me". Add a line to notify about another action.
 */
export const NOTICE_DERIVATIONS: Partial<Record<AuditAction, NoticeDerivation>> = {
  'comment.added': noticesForComment,
  'thread.created': noticesForThread,
  'thread.resolved': noticesForResolvedThread,
  'suggestion.accepted': noticesForDecision,
  'suggestion.rejected': noticesForDecision,
  'statement.stageChanged': noticesForStageChange,
  'statement.published': noticesForPublished,
  'signature.added': noticesForSignOnDecision,
  'signature.declined': noticesForSignOnDecision,
  'consultation.deadlineMoved': noticesForDeadlineMove,
};

/** The notices and resolutions of one audit entry; never a notice to the entry's own actor. */
export async function deriveNotices(store: Store, entry: AuditEntryRecord): Promise<Derived> {
  const derive = NOTICE_DERIVATIONS[entry.action as AuditAction];
  if (derive === undefined) return NOTHING;
  const derived = await derive(store, entry);
  return { notices: derived.notices.filter((notice) => notice.userId !== entry.actorId), resolutions: derived.resolutions };
}
