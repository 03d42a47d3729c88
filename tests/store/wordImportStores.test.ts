import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TextFrozenError } from '../../server/store/TextFrozenError.ts';
import { IMPORT_TABLES, rowCounts } from '../support/rowCounts.ts';
import { postgresBackend, type StatementGroupDatabase, sqliteBackend } from '../support/statementGroupBackends.ts';
import {
  auditActions,
  auditEntry,
  commentRecord,
  nextTime,
  seedPeople,
  statementRecord,
  textUpdate,
  threadRecord,
  versionRecord,
} from '../support/statementGroupFixtures.ts';

/** A Word import is one command: the same contract, all or nothing, on SQLite and on PostgreSQL. */
describe.each([sqliteBackend(), postgresBackend()])('word import stores on $name', (backend) => {
  let database: StatementGroupDatabase;

  beforeAll(() => backend.start(), 120_000);
  afterAll(() => backend.stop());
  beforeEach(async () => {
    database = await backend.open();
    await seedPeople(database);
  });
  afterEach(() => database.close());

  const stores = () => database.stores;
  const counts = () => rowCounts(async (sql) => (await database.sql(sql))[0] as { n: unknown } | undefined, IMPORT_TABLES);
  const importedThreads = (statementId: string) => ({
    threads: [
      { thread: threadRecord('t1', statementId), firstComment: commentRecord('c1', 't1', 'Is this the word?') },
      { thread: threadRecord('t2', statementId, { kind: 'suggestion', replacement: 'now' }), firstComment: null },
    ],
    replies: [commentRecord('c2', 't1', 'Yes.')],
  });

  it('creates the statement, its text, threads, replies and audit entries together', async () => {
    await stores().wordImports.createStatement({
      statement: statementRecord('s1'),
      initialUpdate: textUpdate('imported text'),
      ...importedThreads('s1'),
      audit: [auditEntry('statement.created'), auditEntry('thread.created'), auditEntry('comment.added'), auditEntry('statement.imported')],
    });
    expect(await counts()).toEqual({ statements: 1, documentUpdates: 1, versions: 0, threads: 2, comments: 2, audit: 4 });
    expect((await stores().threads.commentsOf(['t1'])).map((comment) => comment.body)).toEqual(['Is this the word?', 'Yes.']);
    expect(await auditActions(database)).toEqual(['statement.created', 'thread.created', 'comment.added', 'statement.imported']);
  });

  it('creates nothing when a reply cannot be stored (its thread is missing)', async () => {
    const threads = importedThreads('s1');
    await expect(
      stores().wordImports.createStatement({
        statement: statementRecord('s1'),
        initialUpdate: textUpdate('imported text'),
        threads: threads.threads,
        replies: [...threads.replies, commentRecord('c3', 'no-such-thread', 'An orphan reply')],
        audit: [auditEntry('statement.created'), auditEntry('statement.imported')],
      }),
    ).rejects.toThrow();
    expect(await counts()).toEqual({ statements: 0, documentUpdates: 0, versions: 0, threads: 0, comments: 0, audit: 0 });
  });

  it('replaces a text: the version (its number in the audit entries), the change and the threads together', async () => {
    await stores().statements.create(statementRecord('s1'), textUpdate('old text'), auditEntry('statement.created'));
    await stores().versions.create(versionRecord('s1', 'Earlier', 'older text'));
    const outcome = await stores().wordImports.replaceText({
      version: versionRecord('s1', 'Before the Word import', 'old text'),
      update: { statementId: 's1', update: textUpdate('new text') },
      ...importedThreads('s1'),
      audit: (number) => [auditEntry(`version.created.${number}`), auditEntry(`statement.replacedFromWord.${number}`)],
    });
    expect(outcome.version).toBe(2);
    expect((await stores().documents.load('s1')).lastSequence).toBe(outcome.sequence);
    expect(await counts()).toMatchObject({ documentUpdates: 2, versions: 2, threads: 2, comments: 2 });
    expect(await auditActions(database)).toEqual(['statement.created', 'version.created.2', 'statement.replacedFromWord.2']);
  });

  it('replaces nothing once the text is frozen: no version, no change, no thread, no entry', async () => {
    await stores().statements.create(statementRecord('s1'), textUpdate('old text'), auditEntry('statement.created'));
    await stores().statements.moveStage('s1', 'drafting', 'sign-on', nextTime());
    const before = await counts();
    await expect(
      stores().wordImports.replaceText({
        version: versionRecord('s1', 'Before the Word import', 'old text'),
        update: { statementId: 's1', update: textUpdate('new text') },
        ...importedThreads('s1'),
        audit: (number) => [auditEntry(`version.created.${number}`)],
      }),
    ).rejects.toBeInstanceOf(TextFrozenError);
    // A file whose text is the text already there changes nothing in it, and is refused all the same.
    await expect(
      stores().wordImports.replaceText({
        version: versionRecord('s1', 'Before the Word import', 'old text'),
        update: null,
        ...importedThreads('s1'),
        audit: (number) => [auditEntry(`version.created.${number}`)],
      }),
    ).rejects.toBeInstanceOf(TextFrozenError);
    expect(await counts()).toEqual(before);
  });
});
