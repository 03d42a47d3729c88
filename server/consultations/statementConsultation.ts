import type { DeadlineWarning } from '../../shared/consultations/deadlineWarnings.ts';
import { deadlineWarnings } from '../../shared/consultations/deadlineWarnings.ts';
import { milestoneDates } from '../../shared/consultations/milestoneDates.ts';
import { NO_MILESTONES, type MilestoneOffsets } from '../../shared/consultations/milestones.ts';
import type { MilestoneView, StatementConsultationView } from '../../shared/api/types.ts';
import type { ConsultationLinkRecord, ConsultationRecord, StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

export interface StatementConsultation {
  consultation: StatementConsultationView | null;
  milestones: MilestoneView[];
  milestoneOffsets: MilestoneOffsets;
  warnings: DeadlineWarning[];
}

/** Statements whose dates still matter: a published or withdrawn one has nothing left to decide. */
export const hasDatesAhead = (statement: Pick<StatementRecord, 'stage'>) => statement.stage === 'drafting' || statement.stage === 'sign-on';

/** A statement's consultation, its milestones as dates and (for the secretariat) its warnings, computed now. */
export async function statementConsultation(
  store: Store,
  statement: StatementRecord,
  forSecretariat: boolean,
  preloaded?: { link: ConsultationLinkRecord | null; consultation: ConsultationRecord | null },
): Promise<StatementConsultation> {
  const link = preloaded ? preloaded.link : await store.consultations.linkOf(statement.id);
  const offsets = link?.milestones ?? NO_MILESTONES;
  const consultation = link?.consultationId == null ? null : preloaded ? preloaded.consultation : await store.consultations.findById(link.consultationId);
  if (consultation === null) return { consultation: null, milestones: [], milestoneOffsets: offsets, warnings: [] };
  const lastMove = (await store.consultations.moves(consultation.id)).at(-1);
  return {
    consultation: {
      id: consultation.id,
      name: consultation.name,
      deadline: consultation.deadline,
      timeZone: consultation.timeZone,
      lastMove: lastMove ? { from: lastMove.from, to: lastMove.to, reason: lastMove.reason, at: lastMove.movedAt } : null,
    },
    milestones: milestoneDates(consultation.deadline, consultation.timeZone, offsets),
    milestoneOffsets: offsets,
    warnings: forSecretariat && hasDatesAhead(statement) ? deadlineWarnings(statement.id, consultation, offsets, new Date()) : [],
  };
}
