import type { Store } from '../store/Store.ts';
import { type Derived, detail, excerptOf, NOTHING, type NoticeDerivation, type NoticeDraft, readersAmong } from './noticeContext.ts';

/**
 * A consultation's deadline moved: everyone who may read a statement still being drafted or signed
 * towards it hears of it once (the notice points at the first such statement they can open), with
 * the new deadline as its due date and the secretariat's reason.
 */
export const noticesForDeadlineMove: NoticeDerivation = async (store: Store, entry): Promise<Derived> => {
  const consultationId = entry.subjectId;
  const to = detail(entry, 'to');
  if (consultationId === null || to === null) return NOTHING;
  const consultation = await store.consultations.findById(consultationId);
  if (consultation === null) return NOTHING;
  const moves = await store.consultations.moves(consultationId);
  const reason = (moves.findLast((move) => move.to === to) ?? moves.at(-1))?.reason ?? '';
  const linkedIds = (await store.consultations.links()).filter((link) => link.consultationId === consultationId).map((link) => link.statementId);
  const users = (await store.users.list()).map((user) => user.id);
  const told = new Set<string>();
  const notices: NoticeDraft[] = [];
  for (const statementId of linkedIds) {
    const statement = await store.statements.findById(statementId);
    if (statement === null || (statement.stage !== 'drafting' && statement.stage !== 'sign-on')) continue;
    for (const reader of await readersAmong(store, users, statement, null, entry.actorId)) {
      if (told.has(reader.id)) continue;
      told.add(reader.id);
      notices.push({
        userId: reader.id,
        kind: 'deadline',
        statementId: statement.id,
        threadId: null,
        message: { key: 'deadline', values: { statement: statement.title, consultation: consultation.name } },
        excerpt: reason === '' ? null : excerptOf(reason),
        due: to,
        url: `/statements/${statement.id}`,
      });
    }
  }
  return { notices, resolutions: [] };
};
