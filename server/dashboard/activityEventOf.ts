import type { ActivityEvent } from '../../shared/api/dashboard.ts';
import type { AuditEntryRecord } from '../store/records.ts';

/** The audit actions the dashboard's recent activity tells about. */
export const ACTIVITY_ACTIONS = [
  'statement.created',
  'statement.renamed',
  'statement.drafterAdded',
  'statement.stageChanged',
  'statement.settingsChanged',
  'statement.consultationLinked',
  'statement.published',
  'statement.forked',
  'fork.shared',
  'version.created',
  'thread.created',
  'thread.resolved',
  'comment.added',
  'suggestion.accepted',
  'suggestion.rejected',
  'signature.added',
  'signature.withdrawn',
] as const;

/** What an audit entry means for a reader, in the product's words; null for an entry not worth telling. */
export function activityEventOf(entry: Pick<AuditEntryRecord, 'action' | 'details'>): ActivityEvent | null {
  switch (entry.action) {
    case 'statement.created':
      return 'created';
    case 'statement.renamed':
      return 'renamed';
    case 'statement.drafterAdded':
      return 'drafterAdded';
    case 'statement.stageChanged':
      switch (entry.details.to) {
        case 'sign-on':
          return 'openedForSignOn';
        case 'drafting':
          return 'reopened';
        case 'withdrawn':
          return 'withdrawn';
        default:
          return null;
      }
    case 'statement.settingsChanged':
      return 'settingsChanged';
    case 'statement.consultationLinked':
      return 'consultationLinked';
    case 'statement.published':
      return 'published';
    case 'statement.forked':
      return 'forked';
    case 'fork.shared':
      return 'forkShared';
    case 'version.created':
      return 'versionNamed';
    case 'thread.created':
      return entry.details.kind === 'suggestion' ? 'suggested' : 'commented';
    case 'thread.resolved':
      return 'resolved';
    case 'comment.added':
      return 'replied';
    case 'suggestion.accepted':
      return 'suggestionAccepted';
    case 'suggestion.rejected':
      return 'suggestionRejected';
    case 'signature.added':
      return 'signed';
    case 'signature.withdrawn':
      return 'signatureWithdrawn';
    default:
      return null;
  }
}
