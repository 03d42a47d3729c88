import type { Logger } from '../logger.ts';
import type { AuditEntryRecord, UserRecord } from '../store/records.ts';
import type { AuditStore } from '../store/Store.ts';
import { hashAuditEntry } from './auditChain.ts';
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
    const entry = {
      at: new Date().toISOString(),
      actorId: actor && 'user' in actor ? actor.user.id : null,
      actorEmail: actor === null ? null : 'user' in actor ? actor.user.email : actor.email,
      action,
      subjectType: subject?.type ?? null,
      subjectId: subject?.id ?? null,
      details,
    };
    const recorded = await this.store.append(entry, (previousHash, sequence) => hashAuditEntry(previousHash, sequence, entry));
    this.logger.debug({ audit: recorded.sequence, action }, 'audit');
    return recorded;
  }
}
