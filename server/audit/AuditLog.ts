import type { Logger } from '../logger.ts';
import type { AuditEntryRecord, NewAuditEntry, UserRecord } from '../store/records.ts';
import type { AuditStore } from '../store/Store.ts';
import type { AuditAction } from '../../shared/audit/auditActions.ts';

/** Who did it: an account (a signed-in actor is one), someone known only by the e-mail address they gave, or the system. */
export type AuditActor = { user: UserRecord } | { email: string } | null;

/** Writes the audit log: append-only, each entry chained by hash to the one before. */
export class AuditLog {
  constructor(
    private readonly store: AuditStore,
    private readonly logger: Logger,
  ) {}

  async record(
    actor: AuditActor,
    action: AuditAction,
    subject: { type: string; id: string } | null = null,
    details: Record<string, unknown> = {},
  ): Promise<AuditEntryRecord> {
    const recorded = await this.store.append(auditEntry(actor, action, subject, details));
    this.logger.debug({ audit: recorded.sequence, action }, 'audit');
    return recorded;
  }
}

/**
 * An audit entry not yet written: a command passes it to its store method, which appends it in the
 * same transaction as the change it records. `scopeOrgId` (see auditScopeOf) keeps an entry about
 * something only one organisation may see out of the secretariat's view. Details carry ids and
 * content hashes (contentHash), never private text.
 */
export function auditEntry(
  actor: AuditActor,
  action: AuditAction,
  subject: { type: string; id: string } | null = null,
  details: Record<string, unknown> = {},
  scopeOrgId: string | null = null,
): NewAuditEntry {
  return {
    at: new Date().toISOString(),
    actorId: actor && 'user' in actor ? actor.user.id : null,
    actorEmail: actor === null ? null : 'user' in actor ? actor.user.email : actor.email,
    action,
    subjectType: subject?.type ?? null,
    subjectId: subject?.id ?? null,
    details,
    scopeOrgId,
  };
}
