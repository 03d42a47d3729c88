import { NOTICE_KINDS, type StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { allows, type Derived, detail, NOTHING, type NoticeDerivation, type NoticeDraft, policyActorFor, readersAmong } from './noticeContext.ts';

const SIGN_ON_KINDS = ['signon', 'reconfirm'] as const;

/**
 * Sign-on opened on a coalition statement (a freeze): the contacts of every organisation that may
 * sign it and has not decided on the final version are asked to; an organisation that signed an
 * earlier final text is asked to re-confirm.
 */
export async function signOnNotices(store: Store, statement: StatementRecord, actorId: string | null): Promise<NoticeDraft[]> {
  if (statement.ownerOrgId !== null || statement.stage !== 'sign-on' || statement.finalVersion === null) return [];
  const final = statement.finalVersion;
  const [organisations, signatures, declines, drafterIds] = await Promise.all([
    store.organisations.list(),
    store.signatures.active(statement.id),
    store.signatures.declines(statement.id),
    store.statements.drafterIds(statement.id),
  ]);
  const notices: NoticeDraft[] = [];
  for (const organisation of organisations) {
    const decided =
      signatures.some((signature) => signature.orgId === organisation.id && signature.versionNumber === final) ||
      declines.some((decline) => decline.orgId === organisation.id && decline.versionNumber === final);
    if (decided) continue;
    const contacts = await store.users.listByOrganisation(organisation.id);
    // Whether the organisation may sign: asked of the policy as one of its signatories would be.
    const signatory = contacts.find((contact) => contact.role === 'signatory') ?? contacts[0];
    if (signatory === undefined) continue;
    const asSignatory = await policyActorFor(store, { ...signatory, role: 'signatory' });
    if (!allows(asSignatory, statement, drafterIds, 'statement.sign')) continue;
    const signedEarlier = signatures.some((signature) => signature.orgId === organisation.id && signature.versionNumber !== final);
    const kind = signedEarlier ? 'reconfirm' : 'signon';
    for (const contact of await readersAmong(
      store,
      contacts.map((c) => c.id),
      statement,
      null,
      actorId,
    )) {
      notices.push({
        userId: contact.id,
        kind,
        statementId: statement.id,
        threadId: null,
        message: { key: signedEarlier ? 'reconfirm' : 'signon', values: { statement: statement.title, organisation: organisation.name } },
        excerpt: null,
        due: statement.signOnDeadline,
        url: `/statements/${statement.id}/sign`,
      });
    }
  }
  return notices;
}

/**
 * `statement.stageChanged`: to sign-on asks organisations to decide; back to drafting settles the
 * sign-on requests (a new freeze makes new ones); withdrawn settles everything about the statement.
 */
export const noticesForStageChange: NoticeDerivation = async (store, entry): Promise<Derived> => {
  const to = detail(entry, 'to');
  const statement = entry.subjectId ? await store.statements.findById(entry.subjectId) : null;
  if (statement === null) return NOTHING;
  switch (to) {
    case 'sign-on':
      // Read now: if it was reopened meanwhile, nothing is asked (and the reopen settles nothing).
      return { notices: await signOnNotices(store, statement, entry.actorId), resolutions: [] };
    case 'drafting':
      return { notices: [], resolutions: [{ statementId: statement.id, kinds: SIGN_ON_KINDS }] };
    case 'withdrawn':
      return { notices: [], resolutions: [{ statementId: statement.id, kinds: NOTICE_KINDS }] };
    default:
      return NOTHING;
  }
};

/** `signature.added` / `signature.declined`: the organisation decided, for all its contacts. */
export const noticesForSignOnDecision: NoticeDerivation = async (store, entry): Promise<Derived> => {
  const orgId = detail(entry, 'organisation');
  if (orgId === null || entry.subjectId === null) return NOTHING;
  const contacts = await store.users.listByOrganisation(orgId);
  return { notices: [], resolutions: [{ statementId: entry.subjectId, kinds: SIGN_ON_KINDS, userIds: contacts.map((contact) => contact.id) }] };
};

/**
 * `statement.published` (coalition statements): every contact who may read it hears of it; when
 * sign-on closes with publication, the requests still open are settled.
 */
export const noticesForPublished: NoticeDerivation = async (store, entry): Promise<Derived> => {
  const statement = entry.subjectId ? await store.statements.findById(entry.subjectId) : null;
  if (statement === null || statement.ownerOrgId !== null) return NOTHING;
  const contacts = (await store.users.list()).filter((user) => user.orgId !== null);
  const readers = await readersAmong(
    store,
    contacts.map((user) => user.id),
    statement,
    null,
    entry.actorId,
  );
  return {
    notices: readers.map((user) => ({
      userId: user.id,
      kind: 'published',
      statementId: statement.id,
      threadId: null,
      message: { key: 'published', values: { statement: statement.title } },
      excerpt: null,
      due: null,
      url: `/p/${statement.slug}`,
    })),
    resolutions: statement.openAfterPublication ? [] : [{ statementId: statement.id, kinds: SIGN_ON_KINDS }],
  };
};
