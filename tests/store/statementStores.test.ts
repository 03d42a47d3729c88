import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEXT_FRAGMENT } from '../../shared/collab/protocol.ts';
import type { StoredDocument, ThreadEventRecord } from '../../server/store/records.ts';
import { isUniqueViolation } from '../../server/store/isUniqueViolation.ts';
import * as Y from 'yjs';
import { TextFrozenError } from '../../server/store/TextFrozenError.ts';
import { postgresBackend, type StatementGroupDatabase, sqliteBackend } from '../support/statementGroupBackends.ts';
import {
  auditActions,
  auditEntry,
  commentRecord,
  nextTime,
  seedPeople,
  signatureRecord,
  textUpdate,
  statementRecord,
  threadRecord,
  versionRecord,
} from '../support/statementGroupFixtures.ts';

/** One document state holding all of `updates`, as the collab server encodes its memory. */
const stateOf = (updates: readonly Uint8Array[]): Uint8Array => {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return Y.encodeStateAsUpdate(doc);
};

/** The texts of a stored document's paragraphs, sorted (each test update adds one at the start). */
const paragraphsOf = (document: StoredDocument): string[] => {
  const doc = new Y.Doc();
  if (document.snapshot) Y.applyUpdate(doc, document.snapshot);
  for (const update of document.updates) Y.applyUpdate(doc, update);
  return doc
    .getXmlFragment(TEXT_FRAGMENT)
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
            .join('')
        : '',
    )
    .sort();
};

const event = (threadId: string, action: ThreadEventRecord['action']): ThreadEventRecord => ({ threadId, action, actorId: 'u1', reason: null, at: nextTime() });

/** The same contract on the reference (SQLite) and on PostgreSQL: same results, orderings, idempotency and races. */
describe.each([sqliteBackend(), postgresBackend()])('statement group stores on $name', (backend) => {
  let database: StatementGroupDatabase;

  beforeAll(() => backend.start(), 120_000);
  afterAll(() => backend.stop());
  beforeEach(async () => {
    database = await backend.open();
    await seedPeople(database);
  });
  afterEach(() => database.close());

  const stores = () => database.stores;
  const createStatement = async (id: string, changes: Parameters<typeof statementRecord>[1] = {}) => {
    const record = statementRecord(id, changes);
    await stores().statements.create(record, textUpdate(`text of ${id}`), auditEntry('statement.created', id));
    return record;
  };
  /** Freezes (carrying over) and returns the final version's number. */
  const freeze = async (id: string) => {
    const outcome = await stores().statements.freeze({
      statementId: id,
      version: versionRecord(id, 'Final', 'final words'),
      carryOver: true,
      at: nextTime(),
      audit: auditEntry('statement.frozen', id),
    });
    if (outcome.kind !== 'frozen') throw new Error(`not frozen: ${outcome.kind}`);
    return outcome.number;
  };
  const search = (...words: string[]) => stores().search.query(words, { limit: 50, offset: 0 });

  describe('statements', () => {
    it('creates a statement with its first content and audit entry, finds it by id and slug, lists newest first', async () => {
      const first = await createStatement('s1');
      const second = await createStatement('s2');
      expect(await stores().statements.findById('s1')).toEqual(first);
      expect(await stores().statements.findBySlug('slug-s2')).toEqual(second);
      expect(await stores().statements.findById('missing')).toBeNull();
      expect((await stores().statements.list()).map((s) => s.id)).toEqual(['s2', 's1']);
      expect(await auditActions(database)).toEqual(['statement.created', 'statement.created']);
      const document = await stores().documents.load('s1');
      expect(document.snapshot).toBeNull();
      expect(document.updates).toEqual([textUpdate('text of s1')]);
      expect(document.lastSequence).toBeGreaterThan(0);
    });

    it('rolls the whole creation back on a duplicate slug: no row, no update, no audit entry', async () => {
      await createStatement('s1');
      const failure = await stores()
        .statements.create(statementRecord('s2', { slug: 'slug-s1' }), textUpdate('x'), auditEntry('statement.created'))
        .catch((error: unknown) => error);
      // Callers tell a duplicate from any other failure by isUniqueViolation.
      expect(isUniqueViolation(failure)).toBe(true);
      expect(await stores().statements.findById('s2')).toBeNull();
      expect((await stores().documents.load('s2')).updates).toEqual([]);
      expect(await auditActions(database)).toEqual(['statement.created']);
    });

    it('renames, shares, changes settings and moves stages only from the expected stage', async () => {
      await createStatement('s1');
      const at = nextTime();
      await stores().statements.rename('s1', 'New name', at);
      await stores().statements.setShared('s1', false, at);
      expect(await auditActions(database)).toEqual(['statement.created']);
      await stores().statements.setShared('s1', true, at, auditEntry('statement.shared'));
      expect(await auditActions(database)).toEqual(['statement.created', 'statement.shared']);
      await stores().statements.updateSettings('s1', { signOnDeadline: '2026-06-01', whoMaySign: 'membersAndSupporters' }, at);
      await stores().statements.updateSettings('s1', { openAfterPublication: true }, at);
      let statement = await stores().statements.findById('s1');
      expect(statement).toMatchObject({
        title: 'New name',
        shared: true,
        signOnDeadline: '2026-06-01',
        whoMaySign: 'membersAndSupporters',
        openAfterPublication: true,
        updatedAt: at,
      });
      await stores().statements.updateSettings('s1', { signOnDeadline: null }, at);
      expect((await stores().statements.findById('s1'))?.signOnDeadline).toBeNull();
      expect(await stores().statements.moveStage('s1', 'sign-on', 'published', at)).toBe(false);
      expect(await stores().statements.moveStage('s1', 'drafting', 'sign-on', at, 7)).toBe(true);
      statement = await stores().statements.findById('s1');
      expect(statement).toMatchObject({ stage: 'sign-on', finalVersion: 7 });
      expect(await stores().statements.moveStage('s1', 'sign-on', 'drafting', at)).toBe(true);
      expect((await stores().statements.findById('s1'))?.finalVersion).toBe(7);
    });

    it('adds drafters idempotently and removes them with their audit entries, per statement and for a page', async () => {
      await createStatement('s1');
      await createStatement('s2');
      await stores().statements.addDrafter('s1', 'u2', 'u1', nextTime(), auditEntry('drafter.added'));
      await stores().statements.addDrafter('s1', 'u3', 'u1', nextTime(), auditEntry('drafter.added'));
      await stores().statements.addDrafter('s1', 'u2', 'u1', nextTime(), auditEntry('drafter.added'));
      expect(await stores().statements.drafterIds('s1')).toEqual(['u2', 'u3']);
      const page = await stores().statements.drafterIdsOf(['s1', 's2', 'unknown']);
      expect([...page.entries()]).toEqual([
        ['s1', ['u2', 'u3']],
        ['s2', []],
        ['unknown', []],
      ]);
      expect(await stores().statements.removeDrafter('s1', 'u2', auditEntry('drafter.removed'))).toBe(true);
      expect(await stores().statements.removeDrafter('s1', 'u2', auditEntry('drafter.removed'))).toBe(false);
      expect(await stores().statements.drafterIds('s1')).toEqual(['u3']);
      expect((await auditActions(database)).filter((action) => action.startsWith('drafter'))).toEqual([
        'drafter.added',
        'drafter.added',
        'drafter.added',
        'drafter.removed',
      ]);
    });

    it('forks: lineage, forks of, quota count, change pulls and full pulls with their updates', async () => {
      await createStatement('s1');
      const fork = statementRecord('f1', { forkOf: 's1', ownerOrgId: 'o1', shared: false });
      const lineage = {
        statementId: 'f1',
        upstreamId: 's1',
        upstreamVersion: null,
        forkedBy: 'u2',
        forkedAt: nextTime(),
        pulledState: new Uint8Array([9, 8, 7]),
        pulledAt: nextTime(),
      };
      await stores().statements.createFork(fork, textUpdate('upstream copy'), lineage, auditEntry('fork.created', 'f1'));
      expect(await stores().statements.lineage('f1')).toEqual(lineage);
      expect(await stores().statements.lineage('s1')).toBeNull();
      expect((await stores().statements.forksOf('s1')).map((s) => s.id)).toEqual(['f1']);
      expect(await stores().statements.countForksOwnedBy('o1')).toBe(1);
      expect(await stores().statements.countForksOwnedBy('o2')).toBe(0);

      // Client ids of Yjs are 32-bit unsigned: beyond PostgreSQL's INTEGER.
      const provisional = [{ client: 4_000_000_000, clock: 12, length: 3 }];
      const sequence = await stores().statements.recordChangePull({
        statementId: 'f1',
        passageKey: 'p1',
        afterText: 'first',
        provisional,
        at: nextTime(),
        update: { statementId: 'f1', update: textUpdate('pulled') },
        audit: auditEntry('fork.change_pulled', 'f1'),
      });
      await stores().statements.recordChangePull({
        statementId: 'f1',
        passageKey: 'p1',
        afterText: 'second',
        provisional: [],
        at: nextTime(),
        update: { statementId: 'f1', update: textUpdate('pulled again') },
        audit: auditEntry('fork.change_pulled', 'f1'),
      });
      await stores().statements.recordChangePull({
        statementId: 'f1',
        passageKey: 'a0',
        afterText: 'earlier passage',
        provisional: [],
        at: nextTime(),
        update: { statementId: 'f1', update: textUpdate('pulled third') },
        audit: auditEntry('fork.change_pulled', 'f1'),
      });
      expect(await stores().statements.changePulls('f1')).toEqual([
        { passageKey: 'a0', afterText: 'earlier passage' },
        { passageKey: 'p1', afterText: 'second' },
      ]);
      expect(await stores().statements.provisionalItems('f1')).toEqual(provisional);
      expect((await stores().documents.load('f1')).lastSequence).toBeGreaterThan(sequence);

      const pulledAt = nextTime();
      const pullSequence = await stores().statements.recordPull(
        'f1',
        new Uint8Array([1]),
        pulledAt,
        { statementId: 'f1', update: textUpdate('full') },
        auditEntry('fork.pulled', 'f1'),
      );
      expect(pullSequence).toBe((await stores().documents.load('f1')).lastSequence);
      expect(await stores().statements.recordPull('f1', new Uint8Array([2]), pulledAt, null, auditEntry('fork.pulled', 'f1'))).toBeNull();
      expect(await stores().statements.changePulls('f1')).toEqual([]);
      expect(await stores().statements.provisionalItems('f1')).toEqual([]);
      expect(await stores().statements.lineage('f1')).toMatchObject({ pulledState: new Uint8Array([2]), pulledAt });
      expect((await stores().documents.load('f1')).updates).toHaveLength(5);
      expect(await auditActions(database)).toEqual([
        'statement.created',
        'fork.created',
        'fork.change_pulled',
        'fork.change_pulled',
        'fork.change_pulled',
        'fork.pulled',
        'fork.pulled',
      ]);
    });

    it('refuses a pull into frozen text whole: TextFrozenError, nothing written', async () => {
      await createStatement('s1');
      const lineage = {
        statementId: 'f1',
        upstreamId: 's1',
        upstreamVersion: null,
        forkedBy: 'u2',
        forkedAt: nextTime(),
        pulledState: new Uint8Array([1]),
        pulledAt: nextTime(),
      };
      await stores().statements.createFork(
        statementRecord('f1', { forkOf: 's1', ownerOrgId: 'o1' }),
        textUpdate('copy'),
        lineage,
        auditEntry('fork.created', 'f1'),
      );
      await stores().statements.moveStage('f1', 'drafting', 'sign-on', nextTime());
      const before = await auditActions(database);
      await expect(
        stores().statements.recordPull(
          'f1',
          new Uint8Array([5]),
          nextTime(),
          { statementId: 'f1', update: textUpdate('late') },
          auditEntry('fork.pulled', 'f1'),
        ),
      ).rejects.toBeInstanceOf(TextFrozenError);
      expect(await stores().statements.lineage('f1')).toEqual(lineage);
      expect((await stores().documents.load('f1')).updates).toHaveLength(1);
      expect(await auditActions(database)).toEqual(before);
    });
  });

  describe('sign-on stages', () => {
    it('freezes only without open items unless carried over, then reopens, publishes and withdraws once', async () => {
      await createStatement('s1');
      await stores().threads.create(
        [
          { thread: threadRecord('t1', 's1'), firstComment: null },
          { thread: threadRecord('t2', 's1', { kind: 'suggestion', replacement: 'better' }), firstComment: null },
          { thread: threadRecord('t3', 's1', { visibility: 'organisation', orgId: 'o1' }), firstComment: null },
        ],
        [],
      );
      const command = {
        statementId: 's1',
        version: versionRecord('s1', 'Final', 'final words'),
        carryOver: false,
        at: nextTime(),
        audit: auditEntry('statement.frozen'),
      };
      expect(await stores().statements.freeze(command)).toEqual({ kind: 'open_items', suggestions: 1, threads: 1 });
      expect(await stores().versions.list('s1')).toEqual([]);
      expect(await stores().statements.freeze({ ...command, carryOver: true })).toEqual({
        kind: 'frozen',
        number: 1,
        carriedOver: { suggestions: 1, threads: 1 },
      });
      expect(await stores().statements.findById('s1')).toMatchObject({ stage: 'sign-on', finalVersion: 1 });
      expect(await stores().statements.freeze({ ...command, carryOver: true })).toEqual({ kind: 'not_drafting' });
      const [frozen] = (await database.sql("SELECT details FROM audit_log WHERE action = 'statement.frozen'")).map((row) => JSON.parse(String(row.details)));
      expect(frozen).toEqual({
        note: 'statement.frozen',
        from: 'drafting',
        to: 'sign-on',
        version: 1,
        hash: 'hash-Final',
        carriedOver: { suggestions: 1, threads: 1 },
      });

      expect(await stores().statements.reopen('s1', nextTime(), auditEntry('statement.reopened'))).toBe(true);
      expect(await stores().statements.reopen('s1', nextTime(), auditEntry('statement.reopened'))).toBe(false);
      expect(await freeze('s1')).toBe(2);
      const publishedAt = nextTime();
      expect(await stores().statements.publish('s1', 'u1', publishedAt, auditEntry('statement.published'))).toBe(2);
      expect(await stores().statements.publish('s1', 'u1', publishedAt, auditEntry('statement.published'))).toBeNull();
      expect(await stores().publications.list('s1')).toEqual([{ statementId: 's1', versionNumber: 2, publishedBy: 'u1', publishedAt, withdrawnAt: null }]);
      const withdrawnAt = nextTime();
      expect(await stores().statements.withdrawPublication('s1', withdrawnAt, auditEntry('statement.withdrawn'))).toBe(true);
      expect(await stores().statements.withdrawPublication('s1', withdrawnAt, auditEntry('statement.withdrawn'))).toBe(false);
      expect((await stores().publications.list('s1'))[0]?.withdrawnAt).toBe(withdrawnAt);
      expect((await auditActions(database)).slice(1)).toEqual([
        'statement.frozen',
        'statement.reopened',
        'statement.frozen',
        'statement.published',
        'statement.withdrawn',
      ]);
    });

    it('two freezes at once: one version, one frozen; two publications at once: one published', async () => {
      await createStatement('s1');
      const command = () => ({
        statementId: 's1',
        version: versionRecord('s1', 'Final', 'words'),
        carryOver: true,
        at: nextTime(),
        audit: auditEntry('statement.frozen'),
      });
      const outcomes = await Promise.all([stores().statements.freeze(command()), stores().statements.freeze(command())]);
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['frozen', 'not_drafting']);
      expect(await stores().versions.list('s1')).toHaveLength(1);
      const published = await Promise.all([
        stores().statements.publish('s1', 'u1', nextTime(), auditEntry('statement.published')),
        stores().statements.publish('s1', 'u1', nextTime(), auditEntry('statement.published')),
      ]);
      expect(published.sort()).toEqual([1, null]);
      expect((await auditActions(database)).filter((action) => action !== 'statement.created')).toEqual(['statement.frozen', 'statement.published']);
    });
  });

  describe('threads', () => {
    it('creates threads with first comments and audit entries; lists, comments and events in order', async () => {
      await createStatement('s1');
      await createStatement('s2');
      await stores().threads.create(
        [
          { thread: threadRecord('t1', 's1'), firstComment: commentRecord('c1', 't1', 'first remark') },
          { thread: threadRecord('t2', 's1', { kind: 'suggestion', replacement: 'new words' }), firstComment: null },
        ],
        [auditEntry('thread.created'), auditEntry('suggestion.created')],
      );
      await stores().threads.create([{ thread: threadRecord('t3', 's2'), firstComment: null }], [auditEntry('thread.created', 's2')]);
      expect((await stores().threads.listForStatement('s1')).map((t) => t.id)).toEqual(['t1', 't2']);
      expect((await stores().threads.listForStatements(['s2', 's1'])).map((t) => t.id)).toEqual(['t1', 't2', 't3']);
      expect(await stores().threads.findById('t2')).toMatchObject({ kind: 'suggestion', replacement: 'new words', status: 'open' });
      expect(await stores().threads.findById('nope')).toBeNull();
      const reply = commentRecord('c2', 't1', 'a reply');
      await stores().threads.addComment(reply, auditEntry('comment.added'));
      expect(await stores().threads.findComment('c2')).toEqual(reply);
      expect((await stores().threads.commentsOf(['t1', 't2'])).map((c) => c.id)).toEqual(['c1', 'c2']);
      expect(await stores().threads.commentsOf([])).toEqual([]);

      const editedAt = nextTime();
      await stores().threads.editComment('c2', 'an edited reply', editedAt);
      expect(await stores().threads.findComment('c2')).toMatchObject({ body: 'an edited reply', editedAt });
      await stores().threads.deleteComment('c2', nextTime(), auditEntry('comment.deleted'));
      await stores().threads.deleteComment('c2', nextTime(), auditEntry('comment.deleted'));
      await stores().threads.editComment('c2', 'edited after deletion', nextTime());
      expect(await stores().threads.findComment('c2')).toMatchObject({ body: '' });

      expect(await stores().threads.decide('t1', ['open'], 'resolved', event('t1', 'resolved'), auditEntry('thread.resolved'))).toBe(true);
      expect(await stores().threads.decide('t1', ['open'], 'resolved', event('t1', 'resolved'), auditEntry('thread.resolved'))).toBe(false);
      expect(await stores().threads.decide('t1', ['resolved', 'rejected'], 'open', event('t1', 'reopened'), auditEntry('thread.reopened'))).toBe(true);
      expect((await stores().threads.eventsOf(['t1'])).map((e) => e.action)).toEqual(['resolved', 'reopened']);
      expect(await stores().threads.eventsOf([])).toEqual([]);
      expect((await auditActions(database)).slice(2)).toEqual([
        'thread.created',
        'suggestion.created',
        'thread.created',
        'comment.added',
        'comment.deleted',
        'thread.resolved',
        'thread.reopened',
      ]);
    });

    it('two accepts of one suggestion at once change the text once, with one decision and one audit entry', async () => {
      await createStatement('s1');
      await stores().threads.create([{ thread: threadRecord('t1', 's1', { kind: 'suggestion', replacement: 'x' }), firstComment: null }], []);
      const accept = () =>
        stores().threads.accept('t1', event('t1', 'accepted'), { statementId: 's1', update: textUpdate('accepted text') }, auditEntry('suggestion.accepted'));
      const results = await Promise.all([accept(), accept()]);
      expect(results.filter((result) => result === null)).toHaveLength(1);
      expect((await stores().documents.load('s1')).updates).toHaveLength(2);
      expect((await stores().threads.eventsOf(['t1'])).map((e) => e.action)).toEqual(['accepted']);
      expect((await auditActions(database)).filter((action) => action === 'suggestion.accepted')).toHaveLength(1);
      expect(
        await stores().threads.accept('t1', event('t1', 'accepted'), { statementId: 's1', update: textUpdate('again') }, auditEntry('suggestion.accepted')),
      ).toBeNull();
    });

    it('two decisions at once: one wins', async () => {
      await createStatement('s1');
      await stores().threads.create([{ thread: threadRecord('t1', 's1'), firstComment: null }], []);
      const decided = await Promise.all([
        stores().threads.decide('t1', ['open'], 'resolved', event('t1', 'resolved'), auditEntry('thread.resolved')),
        stores().threads.decide('t1', ['open'], 'rejected', event('t1', 'rejected'), auditEntry('thread.rejected')),
      ]);
      expect(decided.filter(Boolean)).toHaveLength(1);
      expect(await stores().threads.eventsOf(['t1'])).toHaveLength(1);
      expect((await auditActions(database)).filter((action) => action.startsWith('thread.'))).toHaveLength(1);
    });

    it('an accept after a freeze changes nothing: TextFrozenError, the suggestion still open', async () => {
      await createStatement('s1');
      await stores().threads.create([{ thread: threadRecord('t1', 's1', { kind: 'suggestion', replacement: 'x' }), firstComment: null }], []);
      await freeze('s1');
      const before = await auditActions(database);
      await expect(
        stores().threads.accept('t1', event('t1', 'accepted'), { statementId: 's1', update: textUpdate('late') }, auditEntry('suggestion.accepted')),
      ).rejects.toBeInstanceOf(TextFrozenError);
      expect((await stores().threads.findById('t1'))?.status).toBe('open');
      expect(await auditActions(database)).toEqual(before);
    });
    it('an accept racing a freeze: accepted before it, or refused whole after it', async () => {
      await createStatement('s1');
      await stores().threads.create([{ thread: threadRecord('t1', 's1', { kind: 'suggestion', replacement: 'x' }), firstComment: null }], []);
      const [accepted, frozen] = await Promise.allSettled([
        stores().threads.accept('t1', event('t1', 'accepted'), { statementId: 's1', update: textUpdate('raced') }, auditEntry('suggestion.accepted')),
        stores().statements.freeze({
          statementId: 's1',
          version: versionRecord('s1', 'Final', 'words'),
          carryOver: true,
          at: nextTime(),
          audit: auditEntry('statement.frozen'),
        }),
      ]);
      expect(frozen).toMatchObject({ status: 'fulfilled', value: { kind: 'frozen' } });
      const updates = (await stores().documents.load('s1')).updates.length;
      const status = (await stores().threads.findById('t1'))?.status;
      if (accepted.status === 'fulfilled') {
        expect([updates, status]).toEqual([2, 'accepted']);
        expect(frozen.status === 'fulfilled' && frozen.value.kind === 'frozen' && frozen.value.carriedOver).toEqual({ suggestions: 0, threads: 0 });
      } else {
        expect(accepted.reason).toBeInstanceOf(TextFrozenError);
        expect([updates, status]).toEqual([1, 'open']);
      }
    });
  });

  describe('versions', () => {
    it('numbers versions per statement, lists newest first without state, finds one with its state', async () => {
      await createStatement('s1');
      await createStatement('s2');
      const first = versionRecord('s1', 'One', 'alpha');
      expect(await stores().versions.create(first, (number) => auditEntry(`version.created.${number}`))).toBe(1);
      expect(await stores().versions.create(versionRecord('s1', 'Two', 'beta'))).toBe(2);
      expect(await stores().versions.create(versionRecord('s2', 'Other', 'gamma'))).toBe(1);
      const listed = await stores().versions.list('s1');
      expect(listed.map((v) => v.number)).toEqual([2, 1]);
      expect(listed[1]).toEqual({
        statementId: 's1',
        number: 1,
        name: 'One',
        kind: 'named',
        hash: 'hash-One',
        createdBy: 'u1',
        createdAt: first.createdAt,
        title: 'Frozen One',
      });
      expect(await stores().versions.find('s1', 1)).toEqual({ ...first, number: 1 });
      expect(await stores().versions.find('s1', 3)).toBeNull();
      expect((await auditActions(database)).at(-1)).toBe('version.created.1');
    });

    it('versions made at once get distinct numbers', async () => {
      await createStatement('s1');
      const numbers = await Promise.all(Array.from({ length: 6 }, (_, index) => stores().versions.create(versionRecord('s1', `V${index}`, 'text'))));
      expect(numbers.sort()).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });

  describe('signatures and publications', () => {
    it('signs, refuses a second signature, withdraws, declines (withdrawing first) and closes with the version', async () => {
      await createStatement('s1');
      const version = await freeze('s1');
      expect(await stores().signatures.recordSignature(signatureRecord('s1', 'o1', version), auditEntry('signature.added'))).toBe('done');
      expect(await stores().signatures.recordSignature(signatureRecord('s1', 'o1', version), auditEntry('signature.added'))).toBe('unchanged');
      expect(await stores().signatures.recordSignature(signatureRecord('s1', 'o2', version + 1), auditEntry('signature.added'))).toBe('closed');
      expect(await stores().signatures.recordSignature(signatureRecord('s1', 'o2', version), auditEntry('signature.added'))).toBe('done');
      expect((await stores().signatures.active('s1')).map((s) => s.orgId)).toEqual(['o1', 'o2']);

      const decline = { statementId: 's1', orgId: 'o1', versionNumber: version, reason: 'not ours', declinedBy: 'u2', declinedAt: nextTime() };
      expect(await stores().signatures.recordDecline(decline, auditEntry('signon.declined'), auditEntry('signature.withdrawn'))).toBe('done');
      expect(
        await stores().signatures.recordDecline({ ...decline, reason: 'still not' }, auditEntry('signon.declined'), auditEntry('signature.withdrawn')),
      ).toBe('done');
      expect(await stores().signatures.declines('s1')).toEqual([{ ...decline, reason: 'still not' }]);
      expect((await stores().signatures.active('s1')).map((s) => s.orgId)).toEqual(['o2']);
      // Signing again forgets the decline.
      expect(await stores().signatures.recordSignature(signatureRecord('s1', 'o1', version), auditEntry('signature.added'))).toBe('done');
      expect(await stores().signatures.declines('s1')).toEqual([]);
      expect(await stores().signatures.recordWithdrawal('s1', 'o2', version, 'u3', nextTime(), auditEntry('signature.withdrawn'))).toBe('done');
      expect(await stores().signatures.recordWithdrawal('s1', 'o2', version, 'u3', nextTime(), auditEntry('signature.withdrawn'))).toBe('unchanged');
      const all = await stores().signatures.all('s1');
      expect(all.map((s) => [s.orgId, s.withdrawnAt === null])).toEqual([
        ['o1', false],
        ['o2', false],
        ['o1', true],
      ]);
      expect((await auditActions(database)).slice(2)).toEqual([
        'signature.added',
        'signature.added',
        'signature.withdrawn',
        'signon.declined',
        'signon.declined',
        'signature.added',
        'signature.withdrawn',
      ]);

      await stores().statements.reopen('s1', nextTime(), auditEntry('statement.reopened'));
      expect(await stores().signatures.recordSignature(signatureRecord('s1', 'o2', version), auditEntry('signature.added'))).toBe('closed');
      expect(await stores().signatures.recordDecline({ ...decline, orgId: 'o2' }, auditEntry('signon.declined'), auditEntry('signature.withdrawn'))).toBe(
        'closed',
      );
    });

    it('two signatures of one organisation on one final version at once: one signature, one audit entry', async () => {
      await createStatement('s1');
      const version = await freeze('s1');
      const outcomes = await Promise.all([
        stores().signatures.recordSignature(signatureRecord('s1', 'o1', version), auditEntry('signature.added')),
        stores().signatures.recordSignature(signatureRecord('s1', 'o1', version), auditEntry('signature.added')),
      ]);
      expect(outcomes.sort()).toEqual(['done', 'unchanged']);
      expect(await stores().signatures.active('s1')).toHaveLength(1);
      expect((await auditActions(database)).filter((action) => action === 'signature.added')).toHaveLength(1);
      const raw = await Promise.all([
        stores().signatures.sign(signatureRecord('s1', 'o2', version)),
        stores().signatures.sign(signatureRecord('s1', 'o2', version)),
      ]);
      expect(raw.sort()).toEqual([false, true]);
      expect(await stores().signatures.withdraw('s1', 'o2', version, 'u3', nextTime())).toBe(true);
      expect(await stores().signatures.withdraw('s1', 'o2', version, 'u3', nextTime())).toBe(false);
    });

    it('publications: newest first, the newest of each statement, withdrawn and published again', async () => {
      await createStatement('s1');
      await createStatement('s2');
      const p1 = { statementId: 's1', versionNumber: 1, publishedBy: 'u1', publishedAt: nextTime(), withdrawnAt: null };
      const p2 = { ...p1, versionNumber: 2, publishedAt: nextTime() };
      const other = { ...p1, statementId: 's2', publishedAt: nextTime() };
      for (const publication of [p1, p2, other]) await stores().publications.publish(publication);
      expect(await stores().publications.list('s1')).toEqual([p2, p1]);
      expect(await stores().publications.latest()).toEqual([other, p2]);
      const withdrawnAt = nextTime();
      await stores().publications.markWithdrawn('s1', withdrawnAt);
      expect((await stores().publications.list('s1')).map((p) => p.withdrawnAt)).toEqual([withdrawnAt, withdrawnAt]);
      const again = { ...p2, publishedAt: nextTime() };
      await stores().publications.publish(again);
      expect((await stores().publications.list('s1'))[0]).toEqual(again);
    });
  });

  describe('documents', () => {
    it('stores updates of several documents in one call and reads each back in order', async () => {
      await createStatement('s1');
      await createStatement('s2');
      const sequences = await stores().documents.append([
        { statementId: 's1', update: textUpdate('a') },
        { statementId: 's2', update: textUpdate('b') },
        { statementId: 's1', update: textUpdate('c') },
      ]);
      const s1 = await stores().documents.load('s1');
      expect(s1.updates).toEqual([textUpdate('text of s1'), textUpdate('a'), textUpdate('c')]);
      expect(sequences.get('s1')).toBe(s1.lastSequence);
      expect(sequences.get('s2')).toBe((await stores().documents.load('s2')).lastSequence);
    });

    it('appends at once from many writers: every update read back, in sequence order', async () => {
      await createStatement('s1');
      const writes = Array.from({ length: 20 }, (_, index) => stores().documents.append([{ statementId: 's1', update: textUpdate(`w${index}`) }]));
      const sequences = (await Promise.all(writes)).map((map) => map.get('s1') ?? 0);
      const rows = await database.sql('SELECT sequence FROM document_updates WHERE statement_id = ? ORDER BY sequence', ['s1']);
      expect(rows.map((row) => Number(row.sequence)).slice(1)).toEqual([...sequences].sort((a, b) => a - b));
      expect((await stores().documents.load('s1')).updates).toHaveLength(21);
    });

    it('chains appends: each batch reports the sequence stored just before it, read under the log lock', async () => {
      await createStatement('s1');
      const before = (await stores().documents.load('s1')).lastSequence;
      const first = await stores().documents.appendChained([
        { statementId: 's1', update: textUpdate('a') },
        { statementId: 's1', update: textUpdate('b') },
      ]);
      expect(first.get('s1')).toEqual({ previous: before, last: (await stores().documents.load('s1')).lastSequence });
      const writes = await Promise.all(
        Array.from({ length: 10 }, (_, index) => stores().documents.appendChained([{ statementId: 's1', update: textUpdate(`w${index}`) }])),
      );
      const links = writes.map((chained) => chained.get('s1')!).sort((a, b) => a.last - b.last);
      // Concurrent batches form one chain: each one's previous is the batch committed before it.
      expect(links.map((link) => link.previous)).toEqual([first.get('s1')!.last, ...links.slice(0, -1).map((link) => link.last)]);
    });

    it('reads the updates after a sequence, with the snapshot that folded earlier ones', async () => {
      await createStatement('s1');
      const a = (await stores().documents.append([{ statementId: 's1', update: textUpdate('a') }])).get('s1')!;
      const b = (await stores().documents.append([{ statementId: 's1', update: textUpdate('b') }])).get('s1')!;
      expect((await stores().documents.updatesAfter('s1', a)).updates).toEqual([{ sequence: b, update: textUpdate('b') }]);
      expect((await stores().documents.updatesAfter('s1', a)).snapshot).toBeNull();
      const loaded = await stores().documents.load('s1');
      await stores().documents.compact('s1', stateOf(loaded.updates), b);
      const c = (await stores().documents.append([{ statementId: 's1', update: textUpdate('c') }])).get('s1')!;
      const caughtUp = await stores().documents.updatesAfter('s1', a);
      expect(caughtUp.updates).toEqual([{ sequence: c, update: textUpdate('c') }]);
      expect(caughtUp.snapshot).not.toBeNull();
      expect(paragraphsOf({ snapshot: caughtUp.snapshot, updates: caughtUp.updates.map((entry) => entry.update), lastSequence: c })).toEqual([
        'a',
        'b',
        'c',
        'text of s1',
      ]);
    });

    it('stores a command update with its audit entry, and neither once the text is frozen', async () => {
      await createStatement('s1');
      const sequence = await stores().documents.appendCommand({ statementId: 's1', update: textUpdate('restored') }, auditEntry('version.restored'));
      expect((await stores().documents.load('s1')).lastSequence).toBe(sequence);
      await stores().statements.moveStage('s1', 'drafting', 'sign-on', nextTime());
      await expect(stores().documents.appendCommand({ statementId: 's1', update: textUpdate('late') }, auditEntry('version.restored'))).rejects.toBeInstanceOf(
        TextFrozenError,
      );
      expect((await stores().documents.load('s1')).updates).toHaveLength(2);
      expect(await auditActions(database)).toEqual(['statement.created', 'version.restored']);
    });

    it('compacts: the snapshot replaces the updates it contains, later ones stay', async () => {
      await createStatement('s1');
      await stores().documents.append([{ statementId: 's1', update: textUpdate('a') }]);
      const loaded = await stores().documents.load('s1');
      await stores().documents.append([{ statementId: 's1', update: textUpdate('later') }]);
      await stores().documents.compact('s1', stateOf(loaded.updates), loaded.lastSequence);
      const document = await stores().documents.load('s1');
      expect(document.snapshot).not.toBeNull();
      expect(document.updates).toEqual([textUpdate('later')]);
      expect(document.lastSequence).toBeGreaterThan(loaded.lastSequence);
      expect(paragraphsOf(document)).toEqual(['a', 'later', 'text of s1']);
    });

    it('compaction racing itself leaves one snapshot, no update it contains and every text', async () => {
      await createStatement('s1');
      for (let index = 0; index < 5; index++) await stores().documents.append([{ statementId: 's1', update: textUpdate(`u${index}`) }]);
      const loaded = await stores().documents.load('s1');
      await Promise.all([
        stores().documents.compact('s1', stateOf(loaded.updates), loaded.lastSequence),
        stores().documents.compact('s1', stateOf(loaded.updates), loaded.lastSequence),
        stores().documents.append([{ statementId: 's1', update: textUpdate('during') }]),
      ]);
      const document = await stores().documents.load('s1');
      expect(document.updates).toEqual([textUpdate('during')]);
      expect(await database.sql('SELECT statement_id FROM document_snapshots')).toHaveLength(1);
      expect(paragraphsOf(document)).toEqual(['during', 'text of s1', 'u0', 'u1', 'u2', 'u3', 'u4']);
    });

    // Only PostgreSQL is shared by several processes (SQLite has one writer, whose memory is the
    // whole truth), so only there may a compaction meet changes its snapshot missed. Registered
    // only for it, rather than skipped for SQLite: CI counts skipped tests as failures.
    if (backend.name === 'PostgreSQL')
      it('(PostgreSQL, several processes) a compaction keeps stored changes its snapshot missed', async () => {
        await createStatement('s1');
        const first = await stores().documents.load('s1');
        await stores().documents.compact('s1', stateOf(first.updates), first.lastSequence);
        // Another process's update, not in this process's memory when it compacts.
        await stores().documents.append([{ statementId: 's1', update: textUpdate('from elsewhere') }]);
        const { lastSequence } = await stores().documents.load('s1');
        await stores().documents.compact('s1', stateOf([textUpdate('local only')]), lastSequence);
        const document = await stores().documents.load('s1');
        expect(document.updates).toEqual([]);
        expect(paragraphsOf(document)).toEqual(['from elsewhere', 'local only', 'text of s1']);
      });
  });

  describe('public site', () => {
    it('publishes a fork once: version, stage, sharing, publication and audit; the fingerprint follows changes', async () => {
      await createStatement('s1');
      const lineage = {
        statementId: 'f1',
        upstreamId: 's1',
        upstreamVersion: null,
        forkedBy: 'u2',
        forkedAt: nextTime(),
        pulledState: new Uint8Array([1]),
        pulledAt: nextTime(),
      };
      await stores().statements.createFork(
        statementRecord('f1', { forkOf: 's1', ownerOrgId: 'o1', shared: false }),
        textUpdate('copy'),
        lineage,
        auditEntry('fork.created', 'f1'),
      );
      const everything = await stores().publicSite.fingerprint(null);
      const ofFork = await stores().publicSite.fingerprint('f1');
      expect(await stores().publicSite.fingerprint(null)).toBe(everything);

      const publication = { version: versionRecord('f1', 'Ours', 'fork words', 'final'), publishedBy: 'u2', at: nextTime() };
      const numbers = await Promise.all([
        stores().publicSite.publishFork(publication, auditEntry('fork.published', 'f1')),
        stores().publicSite.publishFork(publication, auditEntry('fork.published', 'f1')),
      ]);
      expect(numbers.sort()).toEqual([1, null]);
      expect(await stores().statements.findById('f1')).toMatchObject({ stage: 'published', shared: true, finalVersion: 1, updatedAt: publication.at });
      expect(await stores().versions.list('f1')).toHaveLength(1);
      expect(await stores().publications.list('f1')).toEqual([
        { statementId: 'f1', versionNumber: 1, publishedBy: 'u2', publishedAt: publication.at, withdrawnAt: null },
      ]);
      const [details] = (await database.sql("SELECT details FROM audit_log WHERE action = 'fork.published'")).map((row) => JSON.parse(String(row.details)));
      expect(details).toEqual({ note: 'fork.published', version: 1 });
      expect(await stores().publicSite.publishFork(publication, auditEntry('fork.published', 'f1'))).toBeNull();
      expect(
        await stores().publicSite.publishFork({ ...publication, version: versionRecord('s1', 'Coalition', 'x') }, auditEntry('fork.published')),
      ).toBeNull();
      expect(await stores().versions.list('s1')).toEqual([]);

      const published = await stores().publicSite.fingerprint(null);
      expect(published).not.toBe(everything);
      expect(await stores().publicSite.fingerprint('f1')).not.toBe(ofFork);
      const ofUpstream = await stores().publicSite.fingerprint('s1');
      await stores().signatures.sign(signatureRecord('f1', 'o2', 1));
      expect(await stores().publicSite.fingerprint(null)).not.toBe(published);
      expect(await stores().publicSite.fingerprint('s1')).toBe(ofUpstream);
      const signed = await stores().publicSite.fingerprint(null);
      await database.sql("UPDATE organisations SET name = 'Renamed' WHERE id = 'o2'");
      expect(await stores().publicSite.fingerprint(null)).not.toBe(signed);
    });
  });

  describe('search', () => {
    it('finds every word, each also as a prefix, in titles and indexed text; re-indexes; knows what is unindexed', async () => {
      await createStatement('s1', { title: 'Climate finance now' });
      await createStatement('s2', { title: 'Ocean protection' });
      expect(await stores().search.unindexedStatements()).toEqual([]);
      await database.sql("DELETE FROM search_entries WHERE kind = 'text' AND subject = 's2'");
      expect(await stores().search.unindexedStatements()).toEqual(['s2']);
      await stores().search.indexStatement('s2', 'Fisheries and coastal communities');
      await stores().search.indexStatement('s1', 'Loss and damage funding');
      expect(await stores().search.unindexedStatements()).toEqual([]);
      expect(await search('clim', 'fin')).toEqual([{ kind: 'title', statementId: 's1', threadId: null, versionNumber: null, body: 'Climate finance now' }]);
      expect((await search('fund')).map((hit) => [hit.kind, hit.statementId])).toEqual([['text', 's1']]);
      expect((await search('coastal', 'fish')).map((hit) => [hit.kind, hit.statementId])).toEqual([['text', 's2']]);
      expect(await search('climate', 'ocean')).toEqual([]);
      expect(await search()).toEqual([]);
      await stores().search.indexStatement('s1', 'Something else entirely');
      expect(await search('fund')).toEqual([]);
    });

    it('reads words as words, never as query syntax', async () => {
      await createStatement('s1', { title: "The coalition's answer" });
      for (const words of [["coalition's"], ['a&b|!c'], ["'"], ['(', ')'], ['\\'], ['answer:*'], ['NEAR', 'OR'], ['"quoted"']]) {
        await expect(search(...words)).resolves.toBeInstanceOf(Array);
      }
      expect((await search('answer:*')).map((hit) => hit.kind)).toEqual(['title']);
    });

    it('matches as SQLite does: any case, accents or none, words inside addresses and numbers', async () => {
      await createStatement('s1', { title: 'Café ÖKOLOGIE Øresund' });
      await stores().search.indexStatement('s1', 'Write to contact@coalition.example or see section 1.5 of the e-mail');
      const kinds = async (...words: string[]) => (await search(...words)).map((hit) => hit.kind);
      expect(await kinds('cafe', 'okologie')).toEqual(['title']);
      expect(await kinds('café', 'ökolo')).toEqual(['title']);
      // Ø is a letter of its own, not O with an accent.
      expect(await kinds('øresund')).toEqual(['title']);
      expect(await kinds('oresund')).toEqual([]);
      expect(await kinds('coalition', 'example')).toEqual(['text']);
      expect(await kinds('5', 'mail')).toEqual(['text']);
      expect(await kinds('resund')).toEqual([]);
    });

    it('pages through results with limit and offset', async () => {
      for (let index = 0; index < 5; index++) await createStatement(`s${index}`, { title: `Shared keyword ${index}` });
      const all = await stores().search.query(['keyword'], { limit: 50, offset: 0 });
      expect(all).toHaveLength(5);
      const pages = [
        ...(await stores().search.query(['keyword'], { limit: 2, offset: 0 })),
        ...(await stores().search.query(['keyword'], { limit: 2, offset: 2 })),
        ...(await stores().search.query(['keyword'], { limit: 2, offset: 4 })),
      ];
      expect(pages).toEqual(all);
    });

    it('keeps titles, threads, comments and versions indexed by triggers: a rename, a comment edit and delete, a version', async () => {
      await createStatement('s1', { title: 'Original heading' });
      await stores().statements.rename('s1', 'Renamed heading', nextTime());
      expect(await search('original')).toEqual([]);
      expect((await search('renamed')).map((hit) => hit.body)).toEqual(['Renamed heading']);

      await stores().threads.create(
        [
          {
            thread: threadRecord('t1', 's1', { quote: 'quoted sentence', kind: 'suggestion', replacement: 'replacement sentence' }),
            firstComment: commentRecord('c1', 't1', 'biodiversity remark'),
          },
        ],
        [],
      );
      expect((await search('replacement')).map((hit) => [hit.kind, hit.threadId])).toEqual([['thread', 't1']]);
      expect((await search('biodiv')).map((hit) => [hit.kind, hit.threadId])).toEqual([['comment', 't1']]);
      await stores().threads.editComment('c1', 'wetlands remark', nextTime());
      expect(await search('biodiversity')).toEqual([]);
      expect((await search('wetlands')).map((hit) => hit.body)).toEqual(['wetlands remark']);
      await stores().threads.deleteComment('c1', nextTime(), auditEntry('comment.deleted'));
      expect(await search('wetlands')).toEqual([]);

      await stores().versions.create(versionRecord('s1', 'Milestone', 'glaciers melting'));
      expect(await search('glaciers')).toEqual([{ kind: 'version', statementId: 's1', threadId: null, versionNumber: 1, body: 'Milestone\nglaciers melting' }]);
    });
  });
});
