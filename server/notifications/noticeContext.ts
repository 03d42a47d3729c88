import { canSeeThread } from '../../shared/comments/threadVisibility.ts';
import { type PolicyActor, statementPolicy, type StatementAction } from '../../shared/permissions/statementPolicy.ts';
import { policyStatementOf } from '../permissions/policyStatementOf.ts';
import type { AuditEntryRecord, NoticeKind, NoticeMessage, NoticeResolution, StatementRecord, ThreadRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

/** A notice before the follower gives it its id, key, sequence and date. */
export interface NoticeDraft {
  userId: string;
  kind: NoticeKind;
  statementId: string;
  threadId: string | null;
  /** The title as a message; the follower stores its English rendering beside it. */
  message: NoticeMessage;
  excerpt: string | null;
  due: string | null;
  url: string;
}

/** What one audit entry means for "What needs me": new notices, and open ones it settles. */
export interface Derived {
  notices: NoticeDraft[];
  resolutions: NoticeResolution[];
}

export const NOTHING: Derived = { notices: [], resolutions: [] };

/** Derives the notices of one kind of audit entry, reading what it needs from the store. */
export type NoticeDerivation = (store: Store, entry: AuditEntryRecord) => Promise<Derived>;

const EXCERPT_CHARS = 300;

/** At most `max` characters of `text`, whitespace folded, cut with an ellipsis. */
export function excerptOf(text: string, max = EXCERPT_CHARS): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length <= max ? folded : `${folded.slice(0, max - 1).trimEnd()}…`;
}

export const threadUrl = (statementId: string, threadId: string) => `/statements/${statementId}?thread=${encodeURIComponent(threadId)}`;

/** A string detail of an audit entry, or null. */
export function detail(entry: AuditEntryRecord, name: string): string | null {
  const value = entry.details[name];
  return typeof value === 'string' ? value : null;
}

/** The statement policy's view of a stored user (their organisation's agreement read now). */
export async function policyActorFor(store: Store, user: UserRecord): Promise<PolicyActor | null> {
  if (user.removedAt !== null) return null;
  const organisation = user.orgId ? await store.organisations.findById(user.orgId) : null;
  if (organisation?.removedAt) return null;
  const agreedPurpose = organisation ? (await store.purpose.agreement(organisation.id, (await store.purpose.current()).version)) !== null : false;
  return { userId: user.id, accountRole: user.role, orgId: organisation?.id ?? null, orgCategory: organisation?.category ?? null, agreedPurpose };
}

/** Whether the policy lets `actor` do `action` with the statement now. */
export function allows(
  actor: PolicyActor | null,
  statement: StatementRecord,
  drafterIds: readonly string[],
  action: StatementAction = 'statement.read',
): boolean {
  return statementPolicy(actor, policyStatementOf(statement, drafterIds)).includes(action);
}

/**
 * The users among `userIds` (once each, never `exceptId`) who may read the statement and, for a
 * thread, see that thread: nobody hears of what they cannot open.
 */
export async function readersAmong(
  store: Store,
  userIds: Iterable<string>,
  statement: StatementRecord,
  thread: ThreadRecord | null,
  exceptId: string | null,
): Promise<UserRecord[]> {
  const drafterIds = await store.statements.drafterIds(statement.id);
  const readers: UserRecord[] = [];
  for (const userId of new Set(userIds)) {
    if (userId === exceptId) continue;
    const user = await store.users.findById(userId);
    if (user === null) continue;
    const actor = await policyActorFor(store, user);
    if (actor === null || !allows(actor, statement, drafterIds)) continue;
    if (thread !== null && !canSeeThread({ userId: user.id, orgId: actor.orgId, secretariat: user.role === 'secretariat' }, thread)) continue;
    readers.push(user);
  }
  return readers;
}

/** The name an audit entry's actor goes by now; empty when unknown (each reader reads "Someone" in their language). */
export async function actorName(store: Store, entry: AuditEntryRecord): Promise<string> {
  const user = entry.actorId ? await store.users.findById(entry.actorId) : null;
  return user?.name ?? '';
}
