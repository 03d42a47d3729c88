import { dateBefore } from '../../shared/consultations/milestoneDates.ts';
import { NO_MILESTONES, type MilestoneOffsets } from '../../shared/consultations/milestones.ts';
import type { Actor } from '../auth/Actor.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { HttpError } from '../http/HttpError.ts';
import type { StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

/**
 * Links a statement to a consultation (or unlinks it: null) and sets its milestones; a sign-on
 * milestone becomes the statement's sign-on deadline, in the same transaction.
 */
export async function linkConsultation(
  store: Store,
  actor: Actor,
  statement: StatementRecord,
  change: { consultationId?: string | null; milestones?: Partial<MilestoneOffsets> },
): Promise<void> {
  const current = await store.consultations.linkOf(statement.id);
  const consultationId = change.consultationId === undefined ? (current?.consultationId ?? null) : change.consultationId;
  const milestones: MilestoneOffsets = { ...(current?.milestones ?? NO_MILESTONES), ...change.milestones };
  const consultation = consultationId === null ? null : await store.consultations.findById(consultationId);
  if (consultationId !== null && consultation === null) throw new HttpError('bad_request', 'No consultation with that consultationId');
  // Sign-on follows the consultation only while both are set; otherwise the secretariat's own setting stays.
  const signOnDeadline =
    consultation !== null && milestones.signOnCloses !== null ? dateBefore(consultation.deadline, consultation.timeZone, milestones.signOnCloses) : undefined;
  await store.consultations.setLink(
    statement.id,
    consultationId,
    milestones,
    signOnDeadline,
    new Date().toISOString(),
    auditEntry(actor, 'statement.consultationLinked', { type: 'statement', id: statement.id }, { consultationId, milestones }),
  );
}
