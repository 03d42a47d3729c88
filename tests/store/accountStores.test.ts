import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyAuditChain } from '../../server/audit/auditChain.ts';
import { isUniqueViolation } from '../../server/store/isUniqueViolation.ts';
import { accountStores } from '../../server/store/postgres/accountStores.ts';
import { migratePostgres } from '../../server/store/postgres/migratePostgres.ts';
import { PgDatabase } from '../../server/store/postgres/PgDatabase.ts';
import type { InvitationRecord, NewAuditEntry, UserRecord } from '../../server/store/records.ts';
import { openSqliteStore } from '../../server/store/sqlite/openSqliteStore.ts';
import BetterSqlite3 from 'better-sqlite3';
import { type PostgresInstance, startPostgres } from '../support/postgres.ts';

type AccountStores = ReturnType<typeof accountStores>;

/** One database under test: the stores, and plain SQL (`?` placeholders) for rows of other groups. */
interface Backend {
  stores: AccountStores;
  sql(text: string, values?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

let postgres: PostgresInstance;

beforeAll(async () => {
  postgres = await startPostgres();
});

afterAll(async () => {
  await postgres?.stop();
});

async function openSqlite(): Promise<Backend> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-account-stores-'));
  const store = openSqliteStore(directory);
  // A second connection beside the store's (WAL allows it), for rows of other groups.
  const database = new BetterSqlite3(path.join(directory, 'accord.sqlite'));
  database.pragma('busy_timeout = 5000');
  return {
    stores: store,
    async sql(text, values = []) {
      const statement = database.prepare(text);
      if (statement.reader) return statement.all(...values) as Record<string, unknown>[];
      statement.run(...values);
      return [];
    },
    async close() {
      database.close();
      await store.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<Backend> {
  const database = PgDatabase.connect(await postgres.createDatabase());
  await migratePostgres(database);
  return {
    stores: accountStores(database),
    sql(text, values = []) {
      let index = 0;
      return database.query(
        text.replace(/\?/g, () => `$${++index}`),
        values,
      );
    },
    close: () => database.close(),
  };
}

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T11:00:00.000Z';

const entry = (action: string, details: Record<string, unknown> = {}, scopeOrgId: string | null = null): NewAuditEntry => ({
  at: AT,
  actorId: 'admin',
  actorEmail: 'admin@example.org',
  action,
  subjectType: 'test',
  subjectId: null,
  details,
  scopeOrgId,
});

const user = (id: string, overrides: Partial<UserRecord> = {}): UserRecord => ({
  id,
  email: `${id}@example.org`,
  name: id,
  passwordHash: `hash-${id}`,
  role: 'contact',
  orgId: null,
  createdAt: AT,
  removedAt: null,
  language: null,
  ...overrides,
});

const invitation = (id: string, overrides: Partial<InvitationRecord> = {}): InvitationRecord => ({
  id,
  tokenHash: `token-${id}`,
  email: `${id}@example.org`,
  orgId: null,
  role: 'contact',
  createdBy: 'admin',
  createdAt: AT,
  expiresAt: '2026-03-08T10:00:00.000Z',
  acceptedAt: null,
  revokedAt: null,
  revokedBy: null,
  ...overrides,
});

async function addOrganisation(backend: Backend, id: string, name = id): Promise<void> {
  await backend.sql('INSERT INTO organisations (id, name, kind, category, country, created_at, slug) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    id,
    name,
    'ngo',
    'member',
    'NL',
    AT,
    id,
  ]);
}

async function auditActions(backend: Backend): Promise<string[]> {
  return (await backend.stores.audit.scan(0, 1_000)).map((audited) => audited.action);
}

/** Opens several pooled connections first, so the commands of a race start together rather than one per new connection. */
async function warm(backend: Backend): Promise<void> {
  await Promise.all(Array.from({ length: 8 }, () => backend.stores.users.count()));
}

async function count(backend: Backend, table: string): Promise<number> {
  const [row] = await backend.sql(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n);
}

describe.each([
  ['SQLite', openSqlite],
  ['PostgreSQL', openPostgres],
])('account stores on %s', (_name, open) => {
  let backend: Backend;
  let stores: AccountStores;

  beforeEach(async () => {
    backend = await open();
    stores = backend.stores;
    await stores.users.create(user('admin', { role: 'secretariat', name: 'Admin' }));
  });

  afterEach(async () => {
    await backend.close();
  });

  describe('users', () => {
    it('creates, finds (by id and lower-cased e-mail), counts, lists by name ignoring case, updates and sets passwords', async () => {
      await addOrganisation(backend, 'org');
      await stores.users.create(user('b', { name: 'bravo', orgId: 'org' }));
      await stores.users.create(user('c', { name: 'Charlie', orgId: 'org' }));
      await stores.users.create(user('a', { name: 'Alpha' }));
      await stores.users.create(user('d1', { name: 'dup', createdAt: LATER }));
      await stores.users.create(user('d2', { name: 'DUP', createdAt: '2026-03-01T12:00:00.000Z' }));
      expect(await stores.users.count()).toBe(6);
      expect(await stores.users.findById('b')).toEqual(user('b', { name: 'bravo', orgId: 'org' }));
      expect((await stores.users.findByEmail('B@EXAMPLE.ORG'))?.id).toBe('b');
      expect(await stores.users.findById('nobody')).toBeNull();
      expect((await stores.users.list()).map((listed) => listed.name)).toEqual(['Admin', 'Alpha', 'bravo', 'Charlie', 'dup', 'DUP']);
      expect((await stores.users.listByOrganisation('org')).map((listed) => listed.id)).toEqual(['b', 'c']);

      await stores.users.update('b', { name: 'Zulu' });
      await stores.users.update('b', { role: 'signatory' });
      await stores.users.update('b', {});
      await stores.users.setPasswordHash('b', 'new-hash');
      expect(await stores.users.findById('b')).toMatchObject({ name: 'Zulu', role: 'signatory', passwordHash: 'new-hash' });
    });

    it('keeps a language per account: none at first, created with one, set, and cleared to follow the browser', async () => {
      await stores.users.create(user('a'));
      await stores.users.create(user('f', { language: 'fr' }));
      expect((await stores.users.findById('a'))?.language).toBeNull();
      expect((await stores.users.findByEmail('f@example.org'))?.language).toBe('fr');
      await stores.users.setLanguage('a', 'es');
      expect((await stores.users.findById('a'))?.language).toBe('es');
      expect((await stores.users.list()).find((listed) => listed.id === 'a')?.language).toBe('es');
      await stores.users.setLanguage('a', null);
      expect((await stores.users.findById('a'))?.language).toBeNull();
      const refused = await backend.sql('UPDATE users SET language = ? WHERE id = ?', ['de', 'a']).catch((caught: unknown) => caught);
      expect(refused).toBeInstanceOf(Error);
    });

    it('refuses a second account with an e-mail address as a unique violation', async () => {
      await stores.users.create(user('a'));
      const error = await stores.users.create(user('other', { email: 'a@example.org' })).catch((caught: unknown) => caught);
      expect(isUniqueViolation(error)).toBe(true);
    });

    it('removes an account with its sessions and drafting, keeping the row (and the first removal date)', async () => {
      await stores.users.create(user('a'));
      await stores.sessions.create('hash-a', { id: 's-a', userId: 'a', createdAt: AT, expiresAt: LATER, lastSeenAt: AT, userAgent: null });
      await backend.sql('INSERT INTO statements (id, slug, title, stage, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        'st',
        'st',
        'Title',
        'drafting',
        'admin',
        AT,
        AT,
      ]);
      await backend.sql('INSERT INTO statement_drafters (statement_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)', ['st', 'a', 'admin', AT]);
      await stores.users.remove('a', AT);
      await stores.users.remove('a', LATER);
      expect((await stores.users.findById('a'))?.removedAt).toBe(AT);
      expect(await stores.users.findByEmail('a@example.org')).not.toBeNull();
      expect((await stores.users.list()).map((listed) => listed.id)).toEqual(['admin']);
      expect(await stores.sessions.find('hash-a')).toBeNull();
      expect(await count(backend, 'statement_drafters')).toBe(0);
    });
  });

  describe('sessions', () => {
    const session = (id: string, lastSeenAt: string, expiresAt = '2026-04-01T00:00:00.000Z') => ({
      id,
      userId: 'admin',
      createdAt: AT,
      expiresAt,
      lastSeenAt,
      userAgent: id === 's1' ? 'Firefox' : null,
    });

    it('creates, finds, touches and lists newest use first', async () => {
      await stores.sessions.create('h1', session('s1', '2026-03-01T10:00:00.000Z'));
      await stores.sessions.create('h2', session('s2', '2026-03-01T09:00:00.000Z'));
      expect(await stores.sessions.find('h1')).toEqual(session('s1', '2026-03-01T10:00:00.000Z'));
      expect(await stores.sessions.find('nope')).toBeNull();
      expect((await stores.sessions.listForUser('admin')).map((listed) => listed.id)).toEqual(['s1', 's2']);
      await stores.sessions.touch('h2', '2026-03-01T12:00:00.000Z');
      expect((await stores.sessions.listForUser('admin')).map((listed) => listed.id)).toEqual(['s2', 's1']);
    });

    it('deletes by hash, by public id of its own user only, all but one, and the expired or idle', async () => {
      await stores.users.create(user('other'));
      for (const [hash, id] of [
        ['h1', 's1'],
        ['h2', 's2'],
        ['h3', 's3'],
      ] as const) {
        await stores.sessions.create(hash, session(id, AT));
      }
      await stores.sessions.create('h4', { ...session('s4', AT), userId: 'other' });
      await stores.sessions.delete('h1');
      expect(await stores.sessions.find('h1')).toBeNull();
      expect(await stores.sessions.deleteById('admin', 's4')).toBeNull();
      expect(await stores.sessions.deleteById('admin', 's2')).toBe('h2');
      expect(await stores.sessions.deleteById('admin', 's2')).toBeNull();
      await stores.sessions.create('h5', session('s5', AT));
      expect((await stores.sessions.deleteForUser('admin', 'h5')).sort()).toEqual(['h3']);
      expect(await stores.sessions.deleteForUser('other')).toEqual(['h4']);

      await stores.sessions.create('old', session('s-old', AT, '2026-03-01T10:30:00.000Z'));
      await stores.sessions.create('idle', session('s-idle', '2026-02-01T00:00:00.000Z'));
      expect((await stores.sessions.deleteExpired(LATER)).sort()).toEqual(['old']);
      expect((await stores.sessions.deleteExpired(LATER, '2026-02-15T00:00:00.000Z')).sort()).toEqual(['idle']);
      expect((await stores.sessions.listForUser('admin')).map((listed) => listed.id)).toEqual(['s5']);
    });
  });

  describe('organisations', () => {
    const organisation = (id: string, name: string) => ({ id, name, kind: 'ngo', category: 'member' as const, country: 'NL', createdAt: AT, removedAt: null });

    it('creates with a unique slug from the name and its audit entry; finds, lists by name ignoring case, updates with its entry', async () => {
      await stores.organisations.create(organisation('o1', 'Acme 2'), entry('organisation.created'));
      await stores.organisations.create(organisation('o2', 'Acme'), entry('organisation.created'));
      await stores.organisations.create(organisation('o3', 'ACME!'), entry('organisation.created'));
      await stores.organisations.create(organisation('o4', '!!!'), entry('organisation.created'));
      expect((await stores.organisations.findById('o3'))?.slug).toBe('acme-3');
      expect((await stores.organisations.findBySlug('acme-2'))?.id).toBe('o1');
      expect((await stores.organisations.findBySlug('organisation'))?.id).toBe('o4');
      expect(await stores.organisations.findBySlug('nope')).toBeNull();
      expect((await stores.organisations.list()).map((listed) => listed.id)).toEqual(['o4', 'o2', 'o1', 'o3']);

      await stores.organisations.update('o2', { name: 'Beta', country: 'DE' }, entry('organisation.updated'));
      expect(await stores.organisations.findById('o2')).toMatchObject({ name: 'Beta', country: 'DE', kind: 'ngo', slug: 'acme' });
      expect(await auditActions(backend)).toEqual([...Array(4).fill('organisation.created'), 'organisation.updated']);
    });

    it('creates organisations of one name at once with different slugs', async () => {
      await warm(backend);
      await Promise.all([1, 2, 3, 4, 5].map((n) => stores.organisations.create(organisation(`o${n}`, 'Same Name'), entry('organisation.created'))));
      const slugs = (await stores.organisations.list()).map((listed) => listed.slug).sort();
      expect(slugs).toEqual(['same-name', 'same-name-2', 'same-name-3', 'same-name-4', 'same-name-5']);
      expect((await verifyAuditChain(stores.audit, GENESIS_HASH)).checked).toBe(5);
    });

    it('removes with its contacts, their sessions and its open invitations, and the entry built from the contacts', async () => {
      await addOrganisation(backend, 'org');
      await stores.users.create(user('c1', { orgId: 'org' }));
      await stores.users.create(user('c2', { orgId: 'org', createdAt: LATER }));
      await stores.sessions.create('h1', { id: 's1', userId: 'c1', createdAt: AT, expiresAt: LATER, lastSeenAt: AT, userAgent: null });
      await stores.invitations.create(invitation('open', { orgId: 'org' }), entry('invitation.created'));
      await stores.invitations.create(invitation('used', { orgId: 'org', acceptedAt: AT }), entry('invitation.created'));

      const removed = await stores.organisations.remove('org', 'admin', LATER, (contacts) => entry('organisation.removed', { contacts }));
      expect(removed).toEqual(['c1', 'c2']);
      expect((await stores.organisations.findById('org'))?.removedAt).toBe(LATER);
      expect(await stores.organisations.list()).toEqual([]);
      expect(await stores.users.listByOrganisation('org')).toEqual([]);
      expect(await stores.sessions.find('h1')).toBeNull();
      expect(await stores.invitations.findById('open')).toMatchObject({ revokedAt: LATER, revokedBy: 'admin' });
      expect((await stores.invitations.findById('used'))?.revokedAt).toBeNull();
      const [newest] = await stores.audit.find({ limit: 1 });
      expect(newest).toMatchObject({ action: 'organisation.removed', details: { contacts: ['c1', 'c2'] } });
    });

    it('removed twice at once: the second finds no contacts left', async () => {
      await addOrganisation(backend, 'org');
      await stores.users.create(user('c1', { orgId: 'org' }));
      await warm(backend);
      const results = await Promise.all(
        [1, 2, 3, 4].map(() => stores.organisations.remove('org', 'admin', LATER, (contacts) => entry('organisation.removed', { contacts }))),
      );
      expect(results.sort((a, b) => b.length - a.length)).toEqual([['c1'], [], [], []]);
    });

    it('removed while its invitation is accepted: the account is never left active in a removed organisation', async () => {
      await addOrganisation(backend, 'org');
      await stores.invitations.create(invitation('i1', { orgId: 'org' }), entry('invitation.created'));
      await warm(backend);
      const [removed, accepted] = await Promise.all([
        stores.organisations.remove('org', 'admin', LATER, (contacts) => entry('organisation.removed', { contacts })),
        stores.invitations.accept('token-i1', user('joiner', { email: 'i1@example.org', orgId: 'org' }), LATER, () => entry('invitation.accepted')),
      ]);
      // Either order is a serial one: accepted then removed with the organisation, or refused as revoked.
      if (accepted === null) expect(await stores.users.findById('joiner')).toBeNull();
      else expect(removed).toEqual(['joiner']);
      expect(await stores.users.listByOrganisation('org')).toEqual([]);
      expect(await verifyAuditChain(stores.audit, GENESIS_HASH)).toMatchObject({ ok: true });
    });

    it('writes nothing when its audit entry cannot be made', async () => {
      await addOrganisation(backend, 'org');
      await stores.users.create(user('c1', { orgId: 'org' }));
      const failing = stores.organisations.remove('org', 'admin', LATER, () => {
        throw new Error('no entry');
      });
      await expect(failing).rejects.toThrow('no entry');
      expect((await stores.organisations.findById('org'))?.removedAt).toBeNull();
      expect((await stores.users.findById('c1'))?.removedAt).toBeNull();
      expect(await auditActions(backend)).toEqual([]);
    });
  });

  describe('invitations', () => {
    it('creates with its entry, finds, lists newest first by organisation or secretariat, revokes once', async () => {
      await addOrganisation(backend, 'org');
      await stores.invitations.create(invitation('i1', { orgId: 'org' }), entry('invitation.created'));
      await stores.invitations.create(invitation('i2', { createdAt: LATER }), entry('invitation.created'));
      await stores.invitations.create(invitation('i3', { orgId: 'org', createdAt: LATER }), entry('invitation.created'));
      expect(await stores.invitations.findById('i1')).toEqual(invitation('i1', { orgId: 'org' }));
      expect((await stores.invitations.findByTokenHash('token-i2'))?.id).toBe('i2');
      expect(await stores.invitations.findByTokenHash('nope')).toBeNull();
      expect((await stores.invitations.list({})).map((listed) => listed.id).slice(2)).toEqual(['i1']);
      expect((await stores.invitations.list({ orgId: 'org' })).map((listed) => listed.id)).toEqual(['i3', 'i1']);
      expect((await stores.invitations.list({ orgId: null })).map((listed) => listed.id)).toEqual(['i2']);

      await warm(backend);
      const revocations = await Promise.all([1, 2].map(() => stores.invitations.revoke('i1', 'admin', LATER, entry('invitation.revoked'))));
      expect(revocations.sort()).toEqual([false, true]);
      expect(await stores.invitations.findById('i1')).toMatchObject({ revokedAt: LATER, revokedBy: 'admin' });
      expect(await stores.invitations.accept('token-i1', user('x', { email: 'i1@example.org' }), LATER, () => entry('invitation.accepted'))).toBeNull();
      expect((await auditActions(backend)).filter((action) => action === 'invitation.revoked')).toHaveLength(1);
    });

    it('a duplicate token is refused with no audit entry', async () => {
      await stores.invitations.create(invitation('i1'), entry('invitation.created'));
      const error = await stores.invitations
        .create(invitation('i2', { tokenHash: 'token-i1' }), entry('invitation.created'))
        .catch((caught: unknown) => caught);
      expect(isUniqueViolation(error)).toBe(true);
      expect(await auditActions(backend)).toEqual(['invitation.created']);
    });

    it('accepted twice at once creates one account, with one entry', async () => {
      await addOrganisation(backend, 'org');
      await stores.invitations.create(invitation('i1', { orgId: 'org' }), entry('invitation.created'));
      await warm(backend);
      const results = await Promise.all(
        ['first', 'second'].map((id) =>
          stores.invitations.accept('token-i1', user(id, { email: 'i1@example.org', orgId: 'org' }), LATER, (userId) =>
            entry('invitation.accepted', { userId }),
          ),
        ),
      );
      const winners = results.filter((result) => result !== null);
      expect(winners).toHaveLength(1);
      expect((await stores.users.findByEmail('i1@example.org'))?.id).toBe(winners[0]);
      expect(await stores.users.count()).toBe(2);
      expect((await stores.invitations.findById('i1'))?.acceptedAt).toBe(LATER);
      const [accepted] = await stores.audit.find({ action: 'invitation.accepted', limit: 10 });
      expect(accepted?.details).toEqual({ userId: winners[0] });
      expect((await auditActions(backend)).filter((action) => action === 'invitation.accepted')).toHaveLength(1);
    });

    it('restores a removed account with that address, keeping its id', async () => {
      await addOrganisation(backend, 'org');
      await stores.users.create(user('old', { email: 'back@example.org' }));
      await stores.users.remove('old', AT);
      await stores.invitations.create(invitation('i1', { email: 'back@example.org', orgId: 'org' }), entry('invitation.created'));
      const id = await stores.invitations.accept('token-i1', user('new', { email: 'back@example.org', name: 'Back', orgId: 'org' }), LATER, (userId) =>
        entry('invitation.accepted', { userId }),
      );
      expect(id).toBe('old');
      expect(await stores.users.findById('old')).toMatchObject({ name: 'Back', orgId: 'org', removedAt: null });
      expect(await stores.users.findById('new')).toBeNull();
    });

    it('two invitations of one address accepted at once: one account, the other refused as a unique violation', async () => {
      await stores.invitations.create(invitation('i1', { email: 'same@example.org' }), entry('invitation.created'));
      await stores.invitations.create(invitation('i2', { email: 'same@example.org' }), entry('invitation.created'));
      await warm(backend);
      const results = await Promise.allSettled(
        ['i1', 'i2'].map((id) =>
          stores.invitations.accept(`token-${id}`, user(`u-${id}`, { email: 'same@example.org' }), LATER, () => entry('invitation.accepted')),
        ),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((result) => result.status === 'rejected');
      expect(isUniqueViolation(rejected?.reason)).toBe(true);
      expect(await stores.users.count()).toBe(2);
      const accepted = (await stores.invitations.list({})).filter((listed) => listed.acceptedAt !== null);
      expect(accepted).toHaveLength(1);
    });

    it('a removed account invited twice and both accepted at once is restored once; the other is a unique violation', async () => {
      await stores.users.create(user('old', { email: 'back@example.org' }));
      await stores.users.remove('old', AT);
      await stores.invitations.create(invitation('i1', { email: 'back@example.org' }), entry('invitation.created'));
      await stores.invitations.create(invitation('i2', { email: 'back@example.org' }), entry('invitation.created'));
      await warm(backend);
      const results = await Promise.allSettled(
        ['i1', 'i2'].map((id) =>
          stores.invitations.accept(`token-${id}`, user(`u-${id}`, { email: 'back@example.org' }), LATER, () => entry('invitation.accepted')),
        ),
      );
      expect(results.filter((result) => result.status === 'fulfilled').map((result) => result.value)).toEqual(['old']);
      expect(isUniqueViolation(results.find((result) => result.status === 'rejected')?.reason)).toBe(true);
      expect((await auditActions(backend)).filter((action) => action === 'invitation.accepted')).toHaveLength(1);
    });

    it('writes nothing when its audit entry cannot be made', async () => {
      await stores.invitations.create(invitation('i1'), entry('invitation.created'));
      const failing = stores.invitations.accept('token-i1', user('u'), LATER, () => {
        throw new Error('no entry');
      });
      await expect(failing).rejects.toThrow('no entry');
      expect((await stores.invitations.findById('i1'))?.acceptedAt).toBeNull();
      expect(await stores.users.findById('u')).toBeNull();
    });
  });

  describe('purpose', () => {
    it('starts with the seeded version 1, publishes the next with its entry, finds versions', async () => {
      const first = await stores.purpose.current();
      expect(first).toMatchObject({ version: 1, createdBy: null });
      expect(first.text).toMatch(/^The members of this coalition operate parts of the Internet's shared infrastructure\./);
      expect(first.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(await stores.purpose.publish('Second text', 'admin', AT, (version) => entry('purpose.published', { version }))).toBe(2);
      expect(await stores.purpose.current()).toEqual({ version: 2, text: 'Second text', createdBy: 'admin', createdAt: AT });
      expect((await stores.purpose.findVersion(1))?.version).toBe(1);
      expect(await stores.purpose.findVersion(9)).toBeNull();
      const [published] = await stores.audit.find({ limit: 1 });
      expect(published).toMatchObject({ action: 'purpose.published', details: { version: 2 } });
    });

    it('publishes at once with distinct numbers, and not at all when the entry cannot be made', async () => {
      await warm(backend);
      const numbers = await Promise.all(
        [1, 2, 3].map((n) => stores.purpose.publish(`Text ${n}`, 'admin', AT, (version) => entry('purpose.published', { version }))),
      );
      expect(numbers.sort()).toEqual([2, 3, 4]);
      await expect(
        stores.purpose.publish('Lost', 'admin', AT, () => {
          throw new Error('no entry');
        }),
      ).rejects.toThrow('no entry');
      expect((await stores.purpose.current()).version).toBe(4);
      expect((await verifyAuditChain(stores.audit, GENESIS_HASH)).checked).toBe(3);
    });

    it('records agreement once (at once: one wins), finds it, and lists each organisation’s newest', async () => {
      await addOrganisation(backend, 'o1');
      await addOrganisation(backend, 'o2');
      await stores.purpose.publish('Second', 'admin', AT, () => entry('purpose.published'));
      await warm(backend);
      const agreed = await Promise.all([1, 2].map(() => stores.purpose.agree('o1', 1, 'admin', AT, entry('purpose.agreed'))));
      expect(agreed.sort()).toEqual([false, true]);
      expect(await stores.purpose.agree('o1', 2, 'admin', LATER, entry('purpose.agreed'))).toBe(true);
      expect(await stores.purpose.agree('o2', 1, 'admin', AT, entry('purpose.agreed'))).toBe(true);
      expect(await stores.purpose.agreement('o1', 1)).toEqual({ orgId: 'o1', version: 1, agreedBy: 'admin', agreedAt: AT });
      expect(await stores.purpose.agreement('o2', 2)).toBeNull();
      const latest = (await stores.purpose.latestAgreements()).sort((a, b) => a.orgId.localeCompare(b.orgId));
      expect(latest.map((agreement) => [agreement.orgId, agreement.version])).toEqual([
        ['o1', 2],
        ['o2', 1],
      ]);
      expect((await auditActions(backend)).filter((action) => action === 'purpose.agreed')).toHaveLength(3);
    });
  });

  describe('password resets', () => {
    const reset = { tokenHash: 'reset-1', userId: 'admin', createdBy: 'admin', createdAt: AT, expiresAt: LATER, usedAt: null };

    it('creates, finds, and used twice at once works once: password set, sessions ended', async () => {
      await stores.passwordResets.create(reset);
      expect(await stores.passwordResets.findByTokenHash('reset-1')).toEqual(reset);
      expect(await stores.passwordResets.findByTokenHash('nope')).toBeNull();
      await stores.sessions.create('h1', { id: 's1', userId: 'admin', createdAt: AT, expiresAt: LATER, lastSeenAt: AT, userAgent: null });
      await warm(backend);
      const results = await Promise.all(['first', 'second'].map((hash) => stores.passwordResets.use('reset-1', hash, LATER)));
      expect([...results].sort()).toEqual([false, true]);
      const winner = results[0] ? 'first' : 'second';
      expect((await stores.users.findById('admin'))?.passwordHash).toBe(winner);
      expect((await stores.passwordResets.findByTokenHash('reset-1'))?.usedAt).toBe(LATER);
      expect(await stores.sessions.listForUser('admin')).toEqual([]);
      expect(await stores.passwordResets.use('reset-1', 'third', LATER)).toBe(false);
    });
  });

  describe('audit', () => {
    it('50 appends at once make one unbroken chain', async () => {
      await warm(backend);
      const appended = await Promise.all(Array.from({ length: 50 }, (_, n) => stores.audit.append(entry('test.appended', { n }))));
      expect(appended.map((record) => record.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, n) => n + 1));
      expect(await verifyAuditChain(stores.audit, GENESIS_HASH)).toEqual({ ok: true, checked: 50, brokenAt: null });
      const scanned = await stores.audit.scan(0, 100);
      expect(scanned.map((record) => record.details.n).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 50 }, (_, n) => n));
      expect(scanned.find((record) => record.sequence === 7)).toEqual(appended.find((record) => record.sequence === 7));
    });

    it('finds newest first by action, actor, subject, time, sequence and organisation scope; scans oldest first', async () => {
      await stores.audit.append({ ...entry('a.one'), at: '2026-03-01T09:00:00.000Z' });
      await stores.audit.append({ ...entry('a.two'), actorId: 'other', subjectId: 'subject' });
      await stores.audit.append({ ...entry('a.one', {}, 'org'), at: '2026-03-01T12:00:00.000Z' });
      await stores.audit.append({ ...entry('a.three'), at: LATER });
      const sequences = async (filter: Parameters<typeof stores.audit.find>[0]) => (await stores.audit.find(filter)).map((found) => found.sequence);
      expect(await sequences({ limit: 10 })).toEqual([4, 2, 1]);
      expect(await sequences({ limit: 10, scopeOrgId: 'org' })).toEqual([4, 3, 2, 1]);
      expect(await sequences({ limit: 10, scopeOrgId: 'another' })).toEqual([4, 2, 1]);
      expect(await sequences({ limit: 2 })).toEqual([4, 2]);
      expect(await sequences({ limit: 10, action: 'a.one', scopeOrgId: 'org' })).toEqual([3, 1]);
      expect(await sequences({ limit: 10, actorId: 'other' })).toEqual([2]);
      expect(await sequences({ limit: 10, subjectId: 'subject' })).toEqual([2]);
      expect(await sequences({ limit: 10, from: AT, to: LATER })).toEqual([2]);
      expect(await sequences({ limit: 10, from: '2026-03-01', to: '2026-03-01T10' })).toEqual([1]);
      expect(await sequences({ limit: 10, before: 4 })).toEqual([2, 1]);
      expect((await stores.audit.scan(1, 2)).map((scanned) => scanned.sequence)).toEqual([2, 3]);
      const [third] = await stores.audit.scan(2, 1);
      expect(third).toMatchObject({ sequence: 3, scopeOrgId: 'org', details: {}, actorEmail: 'admin@example.org', subjectType: 'test' });
    });
  });

  describe('secrets', () => {
    it('keeps the first candidate (asked at once: one wins)', async () => {
      await warm(backend);
      const values = await Promise.all(['one', 'two', 'three'].map((candidate) => stores.secrets.getOrCreate('cookie', candidate, AT)));
      expect(new Set(values).size).toBe(1);
      expect(await stores.secrets.getOrCreate('cookie', 'later', LATER)).toBe(values[0]);
      expect(await stores.secrets.getOrCreate('other', 'x', AT)).toBe('x');
    });
  });
});
