import { paragraphUpdate } from './paragraphUpdate.ts';
import type { CommentRecord, NewAuditEntry, SignatureRecord, StatementRecord, ThreadRecord, VersionRecord } from '../../server/store/records.ts';
import type { StatementGroupDatabase } from './statementGroupBackends.ts';

let tick = 0;

/** A fresh, later ISO time on every call: orderings by time are then known in advance. */
export const nextTime = (): string => new Date(Date.UTC(2026, 0, 1) + ++tick * 1000).toISOString();

export const auditEntry = (action: string, subjectId = 's1'): NewAuditEntry => ({
  at: nextTime(),
  actorId: 'u1',
  actorEmail: 'u1@example.org',
  action,
  subjectType: 'statement',
  subjectId,
  details: { note: action },
  scopeOrgId: null,
});

export const statementRecord = (id: string, changes: Partial<StatementRecord> = {}): StatementRecord => {
  const time = nextTime();
  return {
    id,
    slug: `slug-${id}`,
    title: `Title of ${id}`,
    stage: 'drafting',
    forkOf: null,
    ownerOrgId: null,
    shared: true,
    signOnDeadline: null,
    whoMaySign: 'members',
    openAfterPublication: false,
    finalVersion: null,
    wordLimit: null,
    createdBy: 'u1',
    createdAt: time,
    updatedAt: time,
    ...changes,
  };
};

export const threadRecord = (id: string, statementId: string, changes: Partial<ThreadRecord> = {}): ThreadRecord => {
  const time = nextTime();
  return {
    id,
    statementId,
    kind: 'comment',
    anchorStart: 'a',
    anchorEnd: 'b',
    quote: `quoted passage ${id}`,
    replacement: null,
    visibility: 'coalition',
    orgId: null,
    authorId: 'u2',
    status: 'open',
    createdAt: time,
    updatedAt: time,
    ...changes,
  };
};

export const commentRecord = (id: string, threadId: string, body: string): CommentRecord => ({
  id,
  threadId,
  authorId: 'u2',
  body,
  mentions: [{ type: 'user', id: 'u1' }],
  createdAt: nextTime(),
  editedAt: null,
  deletedAt: null,
});

export const versionRecord = (statementId: string, name: string, text: string, kind: VersionRecord['kind'] = 'named'): Omit<VersionRecord, 'number'> => ({
  statementId,
  name,
  kind,
  state: new Uint8Array([1, 2, 3, 0, 255]),
  content: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }),
  hash: `hash-${name}`,
  createdBy: 'u1',
  createdAt: nextTime(),
  title: `Frozen ${name}`,
});

export const signatureRecord = (statementId: string, orgId: string, versionNumber: number): SignatureRecord => ({
  statementId,
  orgId,
  versionNumber,
  hash: `hash-${versionNumber}`,
  asCategory: 'member',
  signedBy: orgId === 'o1' ? 'u2' : 'u3',
  signedAt: nextTime(),
  withdrawnBy: null,
  withdrawnAt: null,
});

/** Organisations and accounts (other groups' rows), inserted with plain SQL. */
export async function seedPeople(database: StatementGroupDatabase): Promise<void> {
  const time = nextTime();
  await database.sql('INSERT INTO organisations (id, name, kind, category, country, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
    'o1',
    'One',
    'ngo',
    'member',
    'FR',
    time,
  ]);
  await database.sql('INSERT INTO organisations (id, name, kind, category, country, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
    'o2',
    'Two',
    'ngo',
    'supporter',
    'DE',
    time,
  ]);
  const user = 'INSERT INTO users (id, email, name, password_hash, role, org_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)';
  await database.sql(user, ['u1', 'u1@example.org', 'Secretariat', 'x', 'secretariat', null, time]);
  await database.sql(user, ['u2', 'u2@example.org', 'Contact One', 'x', 'contact', 'o1', time]);
  await database.sql(user, ['u3', 'u3@example.org', 'Contact Two', 'x', 'contact', 'o2', time]);
}

/** The audit log's actions, oldest first. */
export async function auditActions(database: StatementGroupDatabase): Promise<string[]> {
  return (await database.sql('SELECT action FROM audit_log ORDER BY sequence')).map((row) => String(row.action));
}

const updates = new Map<string, Uint8Array>();

/** A paragraph update per text, made once: Yjs picks a random client id, so a second one would differ. */
export function textUpdate(text: string): Uint8Array {
  let update = updates.get(text);
  if (update === undefined) {
    update = paragraphUpdate(text);
    updates.set(text, update);
  }
  return update;
}
