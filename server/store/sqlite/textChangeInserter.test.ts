import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphUpdate } from '../../../tests/support/paragraphUpdate.ts';
import type { NewAuditEntry, StatementRecord } from '../records.ts';
import type { Store } from '../Store.ts';
import { TextFrozenError } from '../TextFrozenError.ts';
import { openSqliteStore } from './openSqliteStore.ts';

const entry = (action: string): NewAuditEntry => ({
  at: new Date().toISOString(),
  actorId: null,
  actorEmail: null,
  action,
  subjectType: 'statement',
  subjectId: 's1',
  details: {},
  scopeOrgId: null,
});

const statement: StatementRecord = {
  id: 's1',
  slug: 'statement',
  title: 'Statement',
  stage: 'drafting',
  forkOf: null,
  ownerOrgId: null,
  shared: true,
  signOnDeadline: null,
  whoMaySign: 'members',
  openAfterPublication: false,
  finalVersion: null,
  createdBy: 'u1',
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
};

/**
 * A server command's text change (an accepted suggestion, a restore, a pull) waits on the store
 * chain behind a freeze that may commit first: it must then change nothing, not the frozen text.
 */
describe('text changes by server commands after a freeze', () => {
  let directory: string;
  let store: Store;

  afterEach(async () => {
    await store?.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const open = async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-text-change-'));
    store = openSqliteStore(directory, 'normal');
    await store.users.create({
      id: 'u1',
      email: 'u1@example.org',
      name: 'U',
      passwordHash: 'x',
      role: 'secretariat',
      orgId: null,
      createdAt: statement.createdAt,
      removedAt: null,
      language: null,
    });
    await store.statements.create(statement, paragraphUpdate('The draft'), entry('statement.created'));
  };

  it('are stored while drafting, and refused whole once the statement is frozen', async () => {
    await open();
    const before = (await store.documents.load('s1')).updates.length;
    await store.documents.appendCommand({ statementId: 's1', update: paragraphUpdate('A restore') }, entry('version.restored'));
    expect((await store.documents.load('s1')).updates.length).toBe(before + 1);

    expect(await store.statements.moveStage('s1', 'drafting', 'sign-on', new Date().toISOString())).toBe(true);
    const audited = (await store.audit.scan(0, 100)).length;
    await expect(store.documents.appendCommand({ statementId: 's1', update: paragraphUpdate('Too late') }, entry('version.restored'))).rejects.toBeInstanceOf(
      TextFrozenError,
    );
    expect((await store.documents.load('s1')).updates.length).toBe(before + 1);
    // Nor is its audit entry written: the command rolled back whole.
    expect((await store.audit.scan(0, 100)).length).toBe(audited);
  });
});
