import type { StatementView } from '../../shared/api/types.ts';
import type { Actor } from '../auth/Actor.ts';
import { threadCounts } from '../comments/threadCounts.ts';
import { viewerOf } from '../comments/viewerOf.ts';
import type { OrganisationRecord, ThreadRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { signOnOpen } from '../../shared/signons/signOnOpen.ts';
import type { StatementAccess } from './findStatementFor.ts';
import { statementConsultation } from '../consultations/statementConsultation.ts';

/** What a list has read for a whole page in one query each, so a page costs no query per statement. */
export interface PreloadedForView {
  organisations: ReadonlyMap<string, OrganisationRecord>;
  /** Every thread of each statement of the page, by statement id. */
  threadsOf: ReadonlyMap<string, readonly ThreadRecord[]>;
}

/** A statement as the caller sees it: what the statement policy lets them do with it (`can`), their access to its text, its fork owner, the threads they may see. */
export async function statementView(
  store: Store,
  actor: Actor | undefined,
  { statement, drafterIds, can }: StatementAccess,
  preloaded?: PreloadedForView,
): Promise<StatementView> {
  const owner = statement.ownerOrgId
    ? (preloaded?.organisations.get(statement.ownerOrgId) ?? (await store.organisations.findById(statement.ownerOrgId)))
    : null;
  const final = statement.finalVersion !== null ? await store.versions.find(statement.id, statement.finalVersion) : null;
  return {
    id: statement.id,
    slug: statement.slug,
    title: statement.title,
    stage: statement.stage,
    forkOf: statement.forkOf,
    ownerOrg: owner ? { id: owner.id, name: owner.name, slug: owner.slug } : null,
    shared: statement.shared,
    createdAt: statement.createdAt,
    updatedAt: statement.updatedAt,
    drafterIds,
    access: can.has('statement.editText') ? 'write' : 'read',
    can: [...can],
    threadCounts: await threadCounts(store, statement.id, actor ? viewerOf(actor) : null, preloaded && (preloaded.threadsOf.get(statement.id) ?? [])),
    finalVersion: final ? { number: final.number, hash: final.hash } : null,
    settings: { signOnDeadline: statement.signOnDeadline, whoMaySign: statement.whoMaySign, openAfterPublication: statement.openAfterPublication },
    signOnOpen: signOnOpen(statement),
    wordLimit: statement.wordLimit ?? null,
    ...(await statementConsultation(store, statement, actor?.user.role === 'secretariat')),
  };
}
