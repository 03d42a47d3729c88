import type { TFunction } from 'i18next';

/** The words an audit sentence is made of: who, what it was done to, and what the action's details add. */
// A type, not an interface: i18next's options need an index signature, which only a type alias gives implicitly.
export type AuditSentenceValues = {
  actor: string;
  subject: string;
  from: string;
  to: string;
  stage: string;
  /** What a Word import brought in. */
  suggestions: number;
  threads: number;
};

/** One audit action as a sentence in the reader's language ("Ana Ruiz published “Joint statement”."); null for an unknown code. */
export function auditSentence(action: string, values: AuditSentenceValues, t: TFunction): string | null {
  switch (action) {
    case 'auth.signedIn':
      return t('audit:sentence.auth_signedIn', values);
    case 'auth.signInFailed':
      return t('audit:sentence.auth_signInFailed', values);
    case 'auth.signedOutEverywhere':
      return t('audit:sentence.auth_signedOutEverywhere', values);
    case 'auth.passwordChanged':
      return t('audit:sentence.auth_passwordChanged', values);
    case 'auth.passwordResetIssued':
      return t('audit:sentence.auth_passwordResetIssued', values);
    case 'auth.passwordReset':
      return t('audit:sentence.auth_passwordReset', values);
    case 'auth.passwordResetRequested':
      return t('audit:sentence.auth_passwordResetRequested', values);
    case 'notifications.changed':
      return t('audit:sentence.notifications_changed', values);
    case 'auth.sessionRevoked':
      return t('audit:sentence.auth_sessionRevoked', values);
    case 'setup.firstSecretariat':
      return t('audit:sentence.setup_firstSecretariat', values);
    case 'invitation.created':
      return t('audit:sentence.invitation_created', values);
    case 'invitation.revoked':
      return t('audit:sentence.invitation_revoked', values);
    case 'invitation.accepted':
      return t('audit:sentence.invitation_accepted', values);
    case 'organisation.created':
      return t('audit:sentence.organisation_created', values);
    case 'organisation.updated':
      return t('audit:sentence.organisation_updated', values);
    case 'organisation.removed':
      return t('audit:sentence.organisation_removed', values);
    case 'contact.updated':
      return t('audit:sentence.contact_updated', values);
    case 'contact.removed':
      return t('audit:sentence.contact_removed', values);
    case 'purpose.published':
      return t('audit:sentence.purpose_published', values);
    case 'purpose.agreed':
      return t('audit:sentence.purpose_agreed', values);
    case 'statement.created':
      return t('audit:sentence.statement_created', values);
    case 'statement.imported':
      return t('audit:sentence.statement_imported', values);
    case 'statement.replacedFromWord':
      return t('audit:sentence.statement_replacedFromWord', values);
    case 'statement.renamed':
      return t('audit:sentence.statement_renamed', values);
    case 'statement.drafterAdded':
      return t('audit:sentence.statement_drafterAdded', values);
    case 'statement.drafterRemoved':
      return t('audit:sentence.statement_drafterRemoved', values);
    case 'statement.stageChanged':
      return t('audit:sentence.statement_stageChanged', values);
    case 'statement.settingsChanged':
      return t('audit:sentence.statement_settingsChanged', values);
    case 'version.created':
      return t('audit:sentence.version_created', values);
    case 'statement.forked':
      return t('audit:sentence.statement_forked', values);
    case 'fork.shared':
      return t('audit:sentence.fork_shared', values);
    case 'fork.pulled':
      return t('audit:sentence.fork_pulled', values);
    case 'fork.offered':
      return t('audit:sentence.fork_offered', values);
    case 'version.restored':
      return t('audit:sentence.version_restored', values);
    case 'thread.created':
      return t('audit:sentence.thread_created', values);
    case 'thread.resolved':
      return t('audit:sentence.thread_resolved', values);
    case 'thread.reopened':
      return t('audit:sentence.thread_reopened', values);
    case 'suggestion.accepted':
      return t('audit:sentence.suggestion_accepted', values);
    case 'suggestion.rejected':
      return t('audit:sentence.suggestion_rejected', values);
    case 'comment.added':
      return t('audit:sentence.comment_added', values);
    case 'comment.deleted':
      return t('audit:sentence.comment_deleted', values);
    case 'signature.added':
      return t('audit:sentence.signature_added', values);
    case 'signature.withdrawn':
      return t('audit:sentence.signature_withdrawn', values);
    case 'statement.published':
      return t('audit:sentence.statement_published', values);
    case 'signature.declined':
      return t('audit:sentence.signature_declined', values);
    case 'consultation.created':
      return t('audit:sentence.consultation_created', values);
    case 'consultation.updated':
      return t('audit:sentence.consultation_updated', values);
    case 'consultation.deadlineMoved':
      return t('audit:sentence.consultation_deadlineMoved', values);
    case 'statement.consultationLinked':
      return t('audit:sentence.statement_consultationLinked', values);
    case 'notice.done':
      return t('audit:sentence.notice_done', values);
    default:
      return null;
  }
}
