import type { ConsultationSummaryView, ConsultationView, DeadlineMoveView } from '../../shared/api/types.ts';
import { deadlineWarnings } from '../../shared/consultations/deadlineWarnings.ts';
import { milestoneDates } from '../../shared/consultations/milestoneDates.ts';
import type { Actor } from '../auth/Actor.ts';
import { accessTo } from '../statements/findStatementFor.ts';
import type { ConsultationMoveRecord, ConsultationRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { hasDatesAhead } from './statementConsultation.ts';

const moveView = (move: ConsultationMoveRecord): DeadlineMoveView => ({
  from: move.from,
  to: move.to,
  reason: move.reason,
  by: { id: move.movedBy, name: move.movedByName },
  at: move.movedAt,
});

/** A consultation as listed: its deadline, how often and (last) why it moved. */
export async function consultationSummary(store: Store, consultation: ConsultationRecord): Promise<ConsultationSummaryView> {
  const moves = await store.consultations.moves(consultation.id);
  const last = moves.at(-1);
  return {
    id: consultation.id,
    name: consultation.name,
    body: consultation.body,
    url: consultation.url,
    deadline: consultation.deadline,
    timeZone: consultation.timeZone,
    public: consultation.public,
    moves: moves.length,
    lastMove: last ? moveView(last) : null,
  };
}

/** A consultation with its move history and the linked statements the caller may read (policy), with their milestones. */
export async function consultationView(store: Store, actor: Actor, consultation: ConsultationRecord, manage: boolean): Promise<ConsultationView> {
  const moves = await store.consultations.moves(consultation.id);
  const links = (await store.consultations.links()).filter((link) => link.consultationId === consultation.id);
  const statements: ConsultationView['statements'] = [];
  const warnings: ConsultationView['warnings'] = [];
  for (const link of links) {
    const statement = await store.statements.findById(link.statementId);
    if (statement === null) continue;
    if (!accessTo(actor, statement, await store.statements.drafterIds(statement.id)).can.has('statement.read')) continue;
    statements.push({
      id: statement.id,
      title: statement.title,
      stage: statement.stage,
      milestones: milestoneDates(consultation.deadline, consultation.timeZone, link.milestones),
    });
    if (manage && hasDatesAhead(statement)) warnings.push(...deadlineWarnings(statement.id, consultation, link.milestones, new Date()));
  }
  return {
    ...(await consultationSummary(store, consultation)),
    history: moves.map(moveView),
    statements,
    warnings,
    can: { manage },
  };
}
