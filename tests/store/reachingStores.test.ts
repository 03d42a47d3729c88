import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../server/mail/OutgoingMail.ts';
import { isUniqueViolation } from '../../server/store/isUniqueViolation.ts';
import { migratePostgres } from '../../server/store/postgres/migratePostgres.ts';
import { PgDatabase } from '../../server/store/postgres/PgDatabase.ts';
import { reachingStores } from '../../server/store/postgres/reachingStores.ts';
import type { ConsultationRecord, NewAuditEntry, NoticeKind, NoticeRecord } from '../../server/store/records.ts';
import { openSqliteStore } from '../../server/store/sqlite/openSqliteStore.ts';
import type { DeadlineMove, Store } from '../../server/store/Store.ts';
import { type PostgresInstance, startPostgres } from '../support/postgres.ts';

type ReachingStores = Pick<Store, 'consultations' | 'calendarFeeds' | 'notices' | 'replyAddresses' | 'mail' | 'notificationSettings'>;

/** One database with two "processes" on it (two connections or pools), and plain SQL for seeding and checking. */
interface Harness {
  stores: ReachingStores;
  other: ReachingStores;
  /** `?` placeholders on both databases. */
  sql<Row>(text: string, values?: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

let postgres: PostgresInstance | undefined;

const backends: { name: string; open: () => Promise<Harness> }[] = [
  {
    name: 'SQLite',
    async open() {
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-reaching-'));
      const first = openSqliteStore(directory);
      const second = openSqliteStore(directory);
      const raw = new BetterSqlite3(path.join(directory, 'accord.sqlite'));
      raw.pragma('busy_timeout = 5000');
      return {
        stores: first,
        other: second,
        async sql<Row>(text: string, values: readonly unknown[] = []) {
          const statement = raw.prepare(text);
          if (statement.reader) return statement.all(...values) as Row[];
          statement.run(...values);
          return [];
        },
        async close() {
          raw.close();
          await first.close();
          await second.close();
          fs.rmSync(directory, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      if (postgres === undefined) throw new Error('PostgreSQL did not start');
      const url = await postgres.createDatabase();
      const first = PgDatabase.connect(url, 5);
      const second = PgDatabase.connect(url, 5);
      await migratePostgres(first);
      return {
        stores: reachingStores(first),
        other: reachingStores(second),
        async sql<Row>(text: string, values: readonly unknown[] = []) {
          let index = 0;
          return first.query(
            text.replace(/\?/g, () => `$${++index}`),
            values,
          ) as Promise<Row[]>;
        },
        async close() {
          await first.close();
          await second.close();
        },
      };
    },
  },
];

beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
});

const T0 = '2026-03-01T09:00:00.000Z';

const entry = (action: string): NewAuditEntry => ({
  at: T0,
  actorId: null,
  actorEmail: null,
  action,
  subjectType: null,
  subjectId: null,
  details: {},
  scopeOrgId: null,
});

/** An entry the audit log refuses (action is NOT NULL): the command's change must roll back with it. */
const refusedEntry = (): NewAuditEntry => ({ ...entry('refused'), action: null as unknown as string });

const consultation = (id: string, name: string, deadline: string): ConsultationRecord => ({
  id,
  name,
  body: 'UN CSTD',
  url: `https://example.org/${id}`,
  deadline,
  timeZone: 'Europe/Geneva',
  public: false,
  createdBy: 'u-admin',
  createdAt: T0,
  updatedAt: T0,
});

const mail = (key: string): OutgoingMail => ({ key, to: 'a@example.org', userId: null, subject: 'Hello', text: 'Hi', html: '<p>Hi</p>' });

const notice = (sequence: number, userId: string, kind: NoticeKind, statementId: string, extra: Partial<NoticeRecord> = {}): NoticeRecord => ({
  id: `n-${sequence}-${userId}-${kind}`,
  key: `${sequence}:${userId}:${kind}`,
  sequence,
  userId,
  kind,
  statementId,
  threadId: null,
  title: `Statement ${statementId}`,
  message: null,
  excerpt: null,
  due: null,
  url: `/statements/${statementId}`,
  createdAt: `2026-03-01T10:00:${String(sequence).padStart(2, '0')}.000Z`,
  doneAt: null,
  resolvedAt: null,
  ...extra,
});

describe.each(backends)('stores reaching people on $name', (backend) => {
  let harness: Harness;
  let stores: ReachingStores;

  const actions = async (): Promise<string[]> =>
    (await harness.sql<{ action: string }>('SELECT action FROM audit_log ORDER BY sequence')).map((row) => row.action);
  const count = async (table: string): Promise<number> =>
    Number((await harness.sql<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`))[0]?.n);
  const signOnDeadlineOf = async (statementId: string): Promise<string | null> =>
    (await harness.sql<{ sign_on_deadline: string | null }>('SELECT sign_on_deadline FROM statements WHERE id = ?', [statementId]))[0]?.sign_on_deadline ??
    null;

  beforeEach(async () => {
    harness = await backend.open();
    stores = harness.stores;
    for (const [id, name] of [
      ['u-admin', 'Ada Admin'],
      ['u-bea', 'Bea'],
      ['u-cem', 'Cem'],
    ]) {
      await harness.sql('INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        id,
        `${id}@example.org`,
        name,
        'hash',
        'secretariat',
        T0,
      ]);
    }
    for (const id of ['s1', 's2', 's3']) {
      await harness.sql('INSERT INTO statements (id, slug, title, stage, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        id,
        `slug-${id}`,
        `Title ${id}`,
        'drafting',
        'u-admin',
        T0,
        T0,
      ]);
    }
    await harness.sql(
      `INSERT INTO threads (id, statement_id, kind, anchor_start, anchor_end, quote, visibility, author_id, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ['t1', 's1', 'comment', 'a', 'b', 'quoted', 'coalition', 'u-bea', 'open', T0, T0],
    );
    // Both processes connected before any race, so neither starts late by a connection's set-up.
    await Promise.all([stores.mail.findByKey('warm-up'), harness.other.mail.findByKey('warm-up')]);
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('consultations', () => {
    const move = (from: string, to: string, movedBy = 'u-bea'): DeadlineMove => ({
      consultationId: 'c1',
      from,
      to,
      reason: `moved to ${to}`,
      movedBy,
      at: '2026-03-02T00:00:00.000Z',
      audit: entry(`move:${to}`),
      signOnCloseOf: (daysBefore) => `${to}-minus-${daysBefore}`,
    });

    it('creates with its audit entry, finds, and lists soonest deadline first then by name in binary order', async () => {
      await stores.consultations.create(consultation('c1', 'beta', '2026-06-01T00:00:00.000Z'), entry('create:c1'));
      await stores.consultations.create({ ...consultation('c2', 'Beta', '2026-06-01T00:00:00.000Z'), public: true }, entry('create:c2'));
      await stores.consultations.create(consultation('c3', 'alpha', '2026-07-01T00:00:00.000Z'), entry('create:c3'));
      expect(await stores.consultations.findById('c2')).toEqual({ ...consultation('c2', 'Beta', '2026-06-01T00:00:00.000Z'), public: true });
      expect(await stores.consultations.findById('nope')).toBeNull();
      expect((await stores.consultations.list()).map((found) => found.id)).toEqual(['c2', 'c1', 'c3']);
      expect(await actions()).toEqual(['create:c1', 'create:c2', 'create:c3']);
    });

    it('writes nothing when the audit entry or the row is refused', async () => {
      await expect(stores.consultations.create(consultation('c1', 'x', T0), refusedEntry())).rejects.toThrow();
      expect(await stores.consultations.findById('c1')).toBeNull();
      await stores.consultations.create(consultation('c1', 'x', T0), entry('create'));
      const duplicate = await stores.consultations.create(consultation('c1', 'y', T0), entry('duplicate')).catch((error: unknown) => error);
      expect(isUniqueViolation(duplicate)).toBe(true);
      expect(await actions()).toEqual(['create']);
    });

    it('updates only the fields given, with its audit entry; null and nothing written when absent', async () => {
      await stores.consultations.create({ ...consultation('c1', 'Old', T0), public: true }, entry('create'));
      const updated = await stores.consultations.update('c1', { name: 'New', public: false }, '2026-03-05T00:00:00.000Z', entry('update'));
      expect(updated).toEqual({ ...consultation('c1', 'New', T0), public: false, updatedAt: '2026-03-05T00:00:00.000Z' });
      expect(await stores.consultations.update('c1', { url: 'https://example.org/u' }, T0, entry('update-url'))).toMatchObject({
        name: 'New',
        url: 'https://example.org/u',
        public: false,
      });
      expect(await stores.consultations.update('missing', { name: 'X' }, T0, entry('never'))).toBeNull();
      await expect(stores.consultations.update('c1', { name: 'Refused' }, T0, refusedEntry())).rejects.toThrow();
      expect((await stores.consultations.findById('c1'))?.name).toBe('New');
      expect(await actions()).toEqual(['create', 'update', 'update-url']);
    });

    it('moves the deadline from `from` only, numbers the moves, and moves linked sign-on deadlines in the same transaction', async () => {
      const d0 = '2026-06-01T00:00:00.000Z';
      await stores.consultations.create(consultation('c1', 'C', d0), entry('create'));
      await stores.consultations.setLink('s1', 'c1', { commentsClose: 10, signOnCloses: 3, publication: null }, 'd0-minus-3', T0, entry('link:s1'));
      await stores.consultations.setLink('s2', 'c1', { commentsClose: 5, signOnCloses: null, publication: 1 }, undefined, T0, entry('link:s2'));

      await expect(stores.consultations.moveDeadline({ ...move(d0, 'd1'), audit: refusedEntry() })).rejects.toThrow();
      expect((await stores.consultations.findById('c1'))?.deadline).toBe(d0);
      expect(await signOnDeadlineOf('s1')).toBe('d0-minus-3');
      expect(await stores.consultations.moves('c1')).toEqual([]);

      expect(await stores.consultations.moveDeadline(move(d0, 'd1'))).toBe(true);
      expect(await stores.consultations.moveDeadline(move(d0, 'stale'))).toBe(false);
      expect(await stores.consultations.moveDeadline(move('d1', 'd2', 'u-cem'))).toBe(true);
      expect(await stores.consultations.moves('c1')).toEqual([
        {
          consultationId: 'c1',
          sequence: 1,
          from: d0,
          to: 'd1',
          reason: 'moved to d1',
          movedBy: 'u-bea',
          movedByName: 'Bea',
          movedAt: '2026-03-02T00:00:00.000Z',
        },
        {
          consultationId: 'c1',
          sequence: 2,
          from: 'd1',
          to: 'd2',
          reason: 'moved to d2',
          movedBy: 'u-cem',
          movedByName: 'Cem',
          movedAt: '2026-03-02T00:00:00.000Z',
        },
      ]);
      expect(await stores.consultations.findById('c1')).toMatchObject({ deadline: 'd2', updatedAt: '2026-03-02T00:00:00.000Z' });
      expect(await signOnDeadlineOf('s1')).toBe('d2-minus-3');
      expect(await signOnDeadlineOf('s2')).toBeNull();
      expect((await stores.consultations.links()).map((link) => [link.statementId, link.revision])).toEqual([
        ['s1', 2],
        ['s2', 2],
      ]);
      expect(await actions()).toEqual(['create', 'link:s1', 'link:s2', 'move:d1', 'move:d2']);
    });

    it('two moves from the same deadline at once: exactly one wins', async () => {
      const d0 = '2026-06-01T00:00:00.000Z';
      await stores.consultations.create(consultation('c1', 'C', d0), entry('create'));
      await stores.consultations.setLink('s1', 'c1', { commentsClose: null, signOnCloses: 2, publication: null }, undefined, T0, entry('link'));
      const results = await Promise.all([stores.consultations.moveDeadline(move(d0, 'dA')), harness.other.consultations.moveDeadline(move(d0, 'dB'))]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results[0] ? 'dA' : 'dB';
      expect((await stores.consultations.findById('c1'))?.deadline).toBe(winner);
      expect(await stores.consultations.moves('c1')).toEqual([expect.objectContaining({ sequence: 1, to: winner })]);
      expect(await signOnDeadlineOf('s1')).toBe(`${winner}-minus-2`);
      expect((await stores.consultations.linkOf('s1'))?.revision).toBe(1);
      expect(await actions()).toEqual(['create', 'link', `move:${winner}`]);
    });

    it('links keep their first-linked order and revision; setLink sets, clears or keeps the sign-on deadline', async () => {
      await stores.consultations.create(consultation('c1', 'C', T0), entry('create'));
      expect(await stores.consultations.linkOf('s1')).toBeNull();
      await stores.consultations.setLink('s2', 'c1', { commentsClose: 1, signOnCloses: 2, publication: 3 }, 'deadline-2', T0, entry('link:s2'));
      await stores.consultations.setLink('s1', 'c1', { commentsClose: null, signOnCloses: null, publication: null }, undefined, T0, entry('link:s1'));
      await stores.consultations.setLink('s2', null, { commentsClose: null, signOnCloses: null, publication: null }, null, T0, entry('unlink:s2'));
      await expect(
        stores.consultations.setLink('s3', 'c1', { commentsClose: 1, signOnCloses: 1, publication: 1 }, 'refused', T0, refusedEntry()),
      ).rejects.toThrow();
      expect(await stores.consultations.links()).toEqual([
        { statementId: 's2', consultationId: null, milestones: { commentsClose: null, signOnCloses: null, publication: null }, revision: 1 },
        { statementId: 's1', consultationId: 'c1', milestones: { commentsClose: null, signOnCloses: null, publication: null }, revision: 0 },
      ]);
      expect(await stores.consultations.linkOf('s2')).toMatchObject({ consultationId: null, revision: 1 });
      expect(await signOnDeadlineOf('s2')).toBeNull();
      expect(await signOnDeadlineOf('s3')).toBeNull();
      await stores.consultations.setLink('s1', 'c1', { commentsClose: 4, signOnCloses: 5, publication: 6 }, 'deadline-1', T0, entry('relink:s1'));
      expect(await stores.consultations.linkOf('s1')).toEqual({
        statementId: 's1',
        consultationId: 'c1',
        milestones: { commentsClose: 4, signOnCloses: 5, publication: 6 },
        revision: 1,
      });
      expect(await signOnDeadlineOf('s1')).toBe('deadline-1');
      expect(await actions()).toEqual(['create', 'link:s2', 'link:s1', 'unlink:s2', 'relink:s1']);
    });

    it('two first links of one statement at once: both land, the second as a new revision', async () => {
      await stores.consultations.create(consultation('c1', 'C', T0), entry('create'));
      const milestones = { commentsClose: 1, signOnCloses: null, publication: null };
      await Promise.all([
        stores.consultations.setLink('s1', 'c1', milestones, undefined, T0, entry('link')),
        harness.other.consultations.setLink('s1', 'c1', milestones, undefined, T0, entry('link')),
      ]);
      expect((await stores.consultations.linkOf('s1'))?.revision).toBe(1);
      expect(await actions()).toEqual(['create', 'link', 'link']);
    });
  });

  describe('calendar feeds', () => {
    it('keeps the first feed id of a user, finds users by feed, revokes once', async () => {
      expect(await stores.calendarFeeds.feedIdOf('u-bea')).toBeNull();
      expect(await stores.calendarFeeds.create('u-bea', 'feed-1', T0)).toBe('feed-1');
      expect(await stores.calendarFeeds.create('u-bea', 'feed-2', T0)).toBe('feed-1');
      expect(await stores.calendarFeeds.feedIdOf('u-bea')).toBe('feed-1');
      expect(await stores.calendarFeeds.userOf('feed-1')).toBe('u-bea');
      expect(await stores.calendarFeeds.userOf('feed-2')).toBeNull();
      // Another user's feed id as candidate: nothing is stored for this one.
      await expect(stores.calendarFeeds.create('u-cem', 'feed-1', T0)).rejects.toThrow(/vanished/);
      expect(await stores.calendarFeeds.revoke('u-bea')).toBe(true);
      expect(await stores.calendarFeeds.revoke('u-bea')).toBe(false);
      expect(await stores.calendarFeeds.userOf('feed-1')).toBeNull();
    });

    it('two first requests at once return the same feed id', async () => {
      const [a, b] = await Promise.all([stores.calendarFeeds.create('u-bea', 'feed-a', T0), harness.other.calendarFeeds.create('u-bea', 'feed-b', T0)]);
      expect(a).toBe(b);
      expect(await count('calendar_feeds')).toBe(1);
    });
  });

  describe('reply addresses', () => {
    it('creates, finds, refuses a duplicate id, deletes one and forgets the old ones', async () => {
      const address = { id: 'r1', threadId: 't1', userId: 'u-bea', mailKey: 'reply-1', createdAt: '2026-03-01T00:00:00.000Z' };
      await stores.replyAddresses.create(address);
      await stores.replyAddresses.create({ ...address, id: 'r2', createdAt: '2026-03-03T00:00:00.000Z' });
      await stores.replyAddresses.create({ ...address, id: 'r3', createdAt: '2026-03-05T00:00:00.000Z' });
      expect(await stores.replyAddresses.findById('r1')).toEqual(address);
      expect(await stores.replyAddresses.findById('nope')).toBeNull();
      expect(isUniqueViolation(await stores.replyAddresses.create(address).catch((error: unknown) => error))).toBe(true);
      await stores.replyAddresses.delete('r3');
      expect(await stores.replyAddresses.findById('r3')).toBeNull();
      expect(await stores.replyAddresses.deleteCreatedBefore('2026-03-03T00:00:00.000Z')).toBe(1);
      expect(await stores.replyAddresses.findById('r2')).not.toBeNull();
      expect(await stores.replyAddresses.deleteCreatedBefore('2026-03-03T00:00:00.000Z')).toBe(0);
    });
  });

  describe('the mail queue', () => {
    it('records a key once, refuses unsafe keys, and retries, fails, requeues and pages as SQLite does', async () => {
      expect(await stores.mail.enqueue(mail('one'), '2026-01-01T00:00:00.000Z')).toBe(true);
      expect(await stores.mail.enqueue({ ...mail('one'), subject: 'Changed' }, '2026-01-01T00:00:01.000Z')).toBe(false);
      expect(await stores.mail.findByKey('one')).toMatchObject({ subject: 'Hello', status: 'queued', attempts: 0, threadId: null, replyTo: null });
      await expect(stores.mail.enqueue(mail('bad key@x'), T0)).rejects.toThrow(/Message-ID/);
      await expect(stores.mail.enqueue({ ...mail('fine'), threadId: 'bad thread' }, T0)).rejects.toThrow(/Message-ID/);

      const claimed = await stores.mail.claimNext('2026-01-01T00:00:05.000Z');
      expect(claimed).toMatchObject({ key: 'one', status: 'sending', createdAt: '2026-01-01T00:00:00.000Z', nextAttemptAt: '2026-01-01T00:00:00.000Z' });
      expect(await stores.mail.claimNext('2026-01-01T00:00:05.000Z')).toBeNull();

      await stores.mail.markAttemptFailed(claimed!.id, `451 busy ${'x'.repeat(2000)}`, '2026-01-01T00:01:00.000Z');
      expect((await stores.mail.findById(claimed!.id))?.lastError).toHaveLength(1000);
      expect(await stores.mail.claimNext('2026-01-01T00:00:30.000Z')).toBeNull();
      const again = await stores.mail.claimNext('2026-01-01T00:01:00.000Z');
      expect(again).toMatchObject({ attempts: 1, nextAttemptAt: '2026-01-01T00:01:00.000Z' });
      expect(await stores.mail.requeueInterrupted()).toBe(1);
      expect(await stores.mail.requeueInterrupted()).toBe(0);
      const third = await stores.mail.claimNext('2026-01-01T00:02:00.000Z');
      await stores.mail.markSent(third!.id, '2026-01-01T00:02:01.000Z');
      expect(await stores.mail.claimNext('2099-01-01T00:00:00.000Z')).toBeNull();
      expect(await stores.mail.list({ status: 'sent', limit: 10 })).toEqual([
        expect.objectContaining({ key: 'one', attempts: 2, sentAt: '2026-01-01T00:02:01.000Z', lastError: null }),
      ]);

      await stores.mail.enqueue({ ...mail('two'), userId: 'u-bea', threadId: 'thread-t1', replyTo: 'r@example.org' }, '2026-01-02T00:00:00.000Z');
      const two = await stores.mail.claimNext('2026-01-02T00:00:00.000Z');
      expect(two).toMatchObject({ userId: 'u-bea', threadId: 'thread-t1', replyTo: 'r@example.org' });
      await stores.mail.markAttemptFailed(two!.id, 'gave up', null);
      expect(await stores.mail.findById(two!.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'gave up' });
      expect(await stores.mail.findById(999_999)).toBeNull();
      expect(await stores.mail.findByKey('nope')).toBeNull();
      expect((await stores.mail.list({ limit: 1 })).map((queued) => queued.key)).toEqual(['two']);
      expect((await stores.mail.list({ limit: 10, before: two!.id })).map((queued) => queued.key)).toEqual(['one']);
      expect((await stores.mail.list({ limit: 10, status: 'failed' })).map((queued) => queued.key)).toEqual(['two']);
      expect(typeof two!.id).toBe('number');
    });

    it('claims the mail due soonest first, then the oldest', async () => {
      await stores.mail.enqueue(mail('a'), '2026-01-01T00:00:03.000Z');
      await stores.mail.enqueue(mail('b'), '2026-01-01T00:00:01.000Z');
      await stores.mail.enqueue(mail('c'), '2026-01-01T00:00:01.000Z');
      const order: string[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const next = await stores.mail.claimNext('2026-01-01T00:00:10.000Z');
        if (next === null) break;
        order.push(next.key);
      }
      expect(order).toEqual(['b', 'c', 'a']);
    });

    it('the same key enqueued twice at once is one mail', async () => {
      const results = await Promise.all([stores.mail.enqueue(mail('same'), T0), harness.other.mail.enqueue(mail('same'), T0)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await count('mail_queue')).toBe(1);
    });

    it('senders claiming at once never get the same mail, nor come back empty while one is free', async () => {
      const total = 24;
      for (let index = 0; index < total; index++) await stores.mail.enqueue(mail(`m${index}`), T0);
      // Three claimers in each of two processes, their connections open before the race starts.
      const senders = [stores, stores, stores, harness.other, harness.other, harness.other];
      await Promise.all(senders.map((sender) => sender.mail.findByKey('warm-up')));
      // Together they claim half the queue: with at most six claims in flight, a free mail is always due.
      const claimSome = async (sender: ReachingStores): Promise<(number | null)[]> => {
        const ids: (number | null)[] = [];
        for (let attempt = 0; attempt < total / 2 / senders.length; attempt++) {
          ids.push((await sender.mail.claimNext('2026-03-02T00:00:00.000Z'))?.id ?? null);
        }
        return ids;
      };
      const claimed = (await Promise.all(senders.map(claimSome))).flat();
      expect(claimed).not.toContain(null);
      expect(new Set(claimed).size).toBe(total / 2);
      expect(await stores.mail.list({ status: 'sending', limit: 100 })).toHaveLength(total / 2);

      const rest = (
        await Promise.all(
          [stores, harness.other].map(async (sender) => {
            const ids: number[] = [];
            for (let attempt = 0; attempt <= total; attempt++) {
              const next = await sender.mail.claimNext('2026-03-02T00:00:00.000Z');
              if (next === null) break;
              ids.push(next.id);
            }
            return ids;
          }),
        )
      ).flat();
      expect(new Set([...claimed, ...rest]).size).toBe(total);
      expect(rest).toHaveLength(total / 2);
    });
  });

  describe('notices', () => {
    it('records a batch once by key, returns what it inserted, and never moves the cursor back', async () => {
      expect(await stores.notices.cursor()).toBe(0);
      const batch = [
        { sequence: 3, at: T0, notices: [notice(3, 'u-bea', 'reply', 's1', { threadId: 't1', excerpt: 'hi', due: 'soon' })], resolutions: [] },
        { sequence: 4, at: T0, notices: [notice(4, 'u-bea', 'mention', 's1'), notice(4, 'u-cem', 'mention', 's1')], resolutions: [] },
      ];
      expect((await stores.notices.record(batch, 5)).map((recorded) => recorded.key)).toEqual(['3:u-bea:reply', '4:u-bea:mention', '4:u-cem:mention']);
      expect(await stores.notices.cursor()).toBe(5);
      expect(await stores.notices.record(batch, 4)).toEqual([]);
      expect(await stores.notices.cursor()).toBe(5);
      expect(await count('notices')).toBe(3);
      expect(await stores.notices.listOpen('u-bea', 10)).toEqual([
        notice(4, 'u-bea', 'mention', 's1'),
        notice(3, 'u-bea', 'reply', 's1', { threadId: 't1', excerpt: 'hi', due: 'soon' }),
      ]);
      expect(await stores.notices.listOpen('u-bea', 1)).toEqual([notice(4, 'u-bea', 'mention', 's1')]);
    });

    it('resolves open notices made before the entry that match every filter given', async () => {
      await stores.notices.record(
        [
          {
            sequence: 1,
            at: T0,
            notices: [
              notice(1, 'u-bea', 'reply', 's1', { threadId: 't1' }),
              notice(1, 'u-cem', 'reply', 's1', { threadId: 't1' }),
              notice(1, 'u-bea', 'signon', 's1'),
              notice(1, 'u-bea', 'suggestion', 's2'),
            ],
            resolutions: [],
          },
        ],
        1,
      );
      await stores.notices.record(
        [
          // Made by this very entry: not resolved by it.
          {
            sequence: 2,
            at: 'r2',
            notices: [notice(2, 'u-bea', 'reply', 's1', { threadId: 't1' })],
            resolutions: [{ statementId: 's1', kinds: ['reply'], threadId: 't1', userIds: ['u-bea'] }],
          },
          {
            sequence: 3,
            at: 'r3',
            notices: [],
            resolutions: [
              { statementId: 's1', kinds: [] },
              { statementId: 's1', kinds: ['signon'], userIds: [] },
            ],
          },
          { sequence: 4, at: 'r4', notices: [], resolutions: [{ statementId: 's2', kinds: ['suggestion', 'decision'] }] },
        ],
        4,
      );
      const resolved = await harness.sql<{ key: string; resolved_at: string | null }>('SELECT key, resolved_at FROM notices ORDER BY key');
      expect(resolved).toEqual([
        { key: '1:u-bea:reply', resolved_at: 'r2' },
        { key: '1:u-bea:signon', resolved_at: null },
        { key: '1:u-bea:suggestion', resolved_at: 'r4' },
        { key: '1:u-cem:reply', resolved_at: null },
        { key: '2:u-bea:reply', resolved_at: null },
      ]);
      expect((await stores.notices.listOpen('u-bea', 10)).map((open) => open.key)).toEqual(['2:u-bea:reply', '1:u-bea:signon']);
    });

    it('marks a user’s own open notice done once, with its audit entry', async () => {
      await stores.notices.record(
        [{ sequence: 1, at: T0, notices: [notice(1, 'u-bea', 'mention', 's1'), notice(1, 'u-cem', 'mention', 's1')], resolutions: [] }],
        1,
      );
      const id = notice(1, 'u-bea', 'mention', 's1').id;
      expect(await stores.notices.markDone('u-cem', id, T0, entry('not-theirs'))).toBe(false);
      await expect(stores.notices.markDone('u-bea', id, T0, refusedEntry())).rejects.toThrow();
      expect(await stores.notices.listOpen('u-bea', 10)).toHaveLength(1);
      const results = await Promise.all([
        stores.notices.markDone('u-bea', id, '2026-03-03T00:00:00.000Z', entry('done')),
        harness.other.notices.markDone('u-bea', id, '2026-03-03T00:00:00.000Z', entry('done')),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await stores.notices.markDone('u-bea', id, T0, entry('again'))).toBe(false);
      expect(await stores.notices.listOpen('u-bea', 10)).toEqual([]);
      expect(await actions()).toEqual(['done']);
    });

    it('lists unmailed notices of immediate and off readers, oldest first; marks each once', async () => {
      await harness.sql('INSERT INTO notification_settings (user_id, email, time_zone, updated_at) VALUES (?, ?, ?, ?)', ['u-cem', 'daily', 'UTC', T0]);
      await harness.sql('INSERT INTO notification_settings (user_id, email, time_zone, updated_at) VALUES (?, ?, ?, ?)', ['u-admin', 'off', 'UTC', T0]);
      await stores.notices.record(
        [
          {
            sequence: 2,
            at: T0,
            notices: [notice(2, 'u-bea', 'reply', 's1'), notice(2, 'u-admin', 'reply', 's1'), notice(2, 'u-cem', 'reply', 's1')],
            resolutions: [],
          },
          { sequence: 1, at: T0, notices: [notice(1, 'u-bea', 'mention', 's1')], resolutions: [] },
        ],
        2,
      );
      const due = await stores.notices.unmailedForImmediate(10);
      expect(due.map(({ notice: found, email }) => [found.key, email])).toEqual([
        ['1:u-bea:mention', 'immediate'],
        ['2:u-admin:reply', 'off'],
        ['2:u-bea:reply', 'immediate'],
      ]);
      expect(due[0]?.notice).toEqual(notice(1, 'u-bea', 'mention', 's1'));
      expect(await stores.notices.unmailedForImmediate(1)).toHaveLength(1);
      expect((await stores.notices.unmailedOf('u-cem')).map((found) => found.key)).toEqual(['2:u-cem:reply']);

      await stores.notices.markMailed([notice(1, 'u-bea', 'mention', 's1').id, notice(2, 'u-admin', 'reply', 's1').id], 'm1', 'mailed');
      await stores.notices.markMailed([notice(1, 'u-bea', 'mention', 's1').id], 'm2', 'skipped');
      await stores.notices.markMailed([], 'm3', 'skipped');
      expect((await stores.notices.unmailedForImmediate(10)).map(({ notice: found }) => found.key)).toEqual(['2:u-bea:reply']);
      expect(await harness.sql('SELECT mailed_at, mail_outcome FROM notices WHERE id = ?', [notice(1, 'u-bea', 'mention', 's1').id])).toEqual([
        { mailed_at: 'm1', mail_outcome: 'mailed' },
      ]);
    });

    it('handles a digest period once per user, marking what it listed and what it skipped', async () => {
      await stores.notices.record(
        [
          {
            sequence: 1,
            at: T0,
            notices: [notice(1, 'u-bea', 'reply', 's1'), notice(1, 'u-bea', 'signon', 's1'), notice(1, 'u-bea', 'mention', 's2')],
            resolutions: [],
          },
        ],
        1,
      );
      expect(await stores.notices.digestHandled('u-bea', '2026-03-02')).toBe(false);
      const listed = [notice(1, 'u-bea', 'reply', 's1').id];
      const skipped = [notice(1, 'u-bea', 'signon', 's1').id];
      await Promise.all([
        stores.notices.recordDigest('u-bea', '2026-03-02', listed, skipped, 'd1'),
        harness.other.notices.recordDigest('u-bea', '2026-03-02', listed, skipped, 'd1'),
      ]);
      expect(await stores.notices.digestHandled('u-bea', '2026-03-02')).toBe(true);
      expect(await stores.notices.digestHandled('u-bea', '2026-03-09')).toBe(false);
      expect(await stores.notices.digestHandled('u-cem', '2026-03-02')).toBe(false);
      expect(await count('digest_periods')).toBe(1);
      expect(await harness.sql('SELECT key, mailed_at, mail_outcome FROM notices ORDER BY key')).toEqual([
        { key: '1:u-bea:mention', mailed_at: null, mail_outcome: null },
        { key: '1:u-bea:reply', mailed_at: 'd1', mail_outcome: 'digest' },
        { key: '1:u-bea:signon', mailed_at: 'd1', mail_outcome: 'skipped' },
      ]);
      expect((await stores.notices.unmailedOf('u-bea')).map((found) => found.key)).toEqual(['1:u-bea:mention']);
    });

    it('two followers recording the same batch at once insert each notice once; the cursor only goes forward', async () => {
      const batch = Array.from({ length: 6 }, (_, index) => ({
        sequence: index + 1,
        at: T0,
        notices: [notice(index + 1, 'u-bea', 'mention', 's1'), notice(index + 1, 'u-cem', 'mention', 's1')],
        resolutions: [{ statementId: 's1', kinds: ['mention'] as NoticeKind[], userIds: ['u-bea'] }],
      }));
      const [first, second] = await Promise.all([stores.notices.record(batch, 6), harness.other.notices.record(batch, 6)]);
      expect([...first, ...second].map((recorded) => recorded.key).sort()).toEqual(batch.flatMap((one) => one.notices.map((made) => made.key)).sort());
      expect(await count('notices')).toBe(12);
      expect((await stores.notices.listOpen('u-bea', 10)).map((open) => open.key)).toEqual(['6:u-bea:mention']);
      await Promise.all([stores.notices.record([], 10), harness.other.notices.record([], 7)]);
      expect(await stores.notices.cursor()).toBe(10);
    });
  });

  describe('notification settings', () => {
    it('defaults until chosen; stores with the audit entry, or not at all', async () => {
      expect(await stores.notificationSettings.find('u-bea')).toEqual({ email: 'immediate', timeZone: 'UTC', chosen: false });
      await stores.notificationSettings.set('u-bea', { email: 'daily', timeZone: 'Europe/Berlin' }, T0, entry('settings:1'));
      expect(await stores.notificationSettings.find('u-bea')).toEqual({ email: 'daily', timeZone: 'Europe/Berlin', chosen: true });
      await expect(stores.notificationSettings.set('u-bea', { email: 'off', timeZone: 'UTC' }, T0, refusedEntry())).rejects.toThrow();
      await stores.notificationSettings.set('u-bea', { email: 'weekly', timeZone: 'Asia/Tokyo' }, T0, entry('settings:2'));
      expect(await stores.notificationSettings.find('u-bea')).toEqual({ email: 'weekly', timeZone: 'Asia/Tokyo', chosen: true });
      expect(await actions()).toEqual(['settings:1', 'settings:2']);
    });

    it('two first settings of one user at once both land, one row', async () => {
      await Promise.all([
        stores.notificationSettings.set('u-cem', { email: 'off', timeZone: 'UTC' }, T0, entry('a')),
        harness.other.notificationSettings.set('u-cem', { email: 'daily', timeZone: 'UTC' }, T0, entry('b')),
      ]);
      expect(await count('notification_settings')).toBe(1);
      expect((await actions()).sort()).toEqual(['a', 'b']);
    });
  });
});
