import type { StatementRecord, ThreadRecord } from '../store/records.ts';

/**
 * The organisation an audit entry about this statement (or this thread of it) belongs to, at the
 * time of the event: a private fork exists only for its organisation, an organisation-only thread
 * only for its organisation's contacts. Null when the secretariat may see the event.
 */
export function auditScopeOf(statement: Pick<StatementRecord, 'ownerOrgId' | 'shared'>, thread?: Pick<ThreadRecord, 'visibility' | 'orgId'>): string | null {
  if (statement.ownerOrgId !== null && !statement.shared) return statement.ownerOrgId;
  if (thread !== undefined && thread.visibility === 'organisation') return thread.orgId;
  return null;
}
