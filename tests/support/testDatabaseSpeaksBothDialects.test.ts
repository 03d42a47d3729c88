import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migratePostgres } from '../../server/store/postgres/migratePostgres.ts';
import { PgDatabase } from '../../server/store/postgres/PgDatabase.ts';
import { openSqliteStore } from '../../server/store/sqlite/openSqliteStore.ts';
import { type PostgresInstance, startPostgres } from './postgres.ts';
import { readStoredDocument } from './readStoredDocument.ts';
import { openTestDatabase, type TestDatabase } from './testDatabase.ts';

/** Where a test database lives: what openTestDatabase and readStoredDocument are given. */
type Location = { dataDir: string; databaseUrl: string | undefined };

let cluster: PostgresInstance | undefined;
const directories: string[] = [];

/** An empty migrated database of each kind, with no server: the helpers alone are under test. */
const dialects: [string, () => Promise<Location>][] = [
  [
    'SQLite',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-testdb-'));
      directories.push(dataDir);
      await openSqliteStore(dataDir).close();
      return { dataDir, databaseUrl: undefined };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      cluster ??= await startPostgres();
      const databaseUrl = await cluster.createDatabase();
      const database = PgDatabase.connect(databaseUrl, 2);
      try {
        await migratePostgres(database);
      } finally {
        await database.close();
      }
      return { dataDir: '', databaseUrl };
    },
  ],
];

afterAll(async () => {
  await cluster?.stop();
  for (const directory of directories) fs.rmSync(directory, { recursive: true, force: true });
});

describe.each(dialects)('the test database on %s', (_name, create) => {
  let location: Location;
  let database: TestDatabase;
  const now = new Date().toISOString();

  beforeAll(async () => {
    location = await create();
    database = openTestDatabase(location);
    await database.run(
      "INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, 'Who? Someone', 'x', 'secretariat', ?)",
      'user-1',
      'who@example.org',
      now,
    );
    await database.run(
      "INSERT INTO statements (id, slug, title, stage, created_by, created_at, updated_at) VALUES (?, ?, ?, 'drafting', ?, ?, ?)",
      'statement-1',
      'statement-1',
      'Is it? Yes',
      'user-1',
      now,
      now,
    );
  }, 60_000);

  afterAll(async () => {
    await database?.close();
  });

  it('takes ? placeholders (not those in literals) and answers as SQLite does: numbers, 1/0, undefined', async () => {
    expect(await database.get("SELECT name FROM users WHERE id = ? AND name LIKE '%?%'", 'user-1')).toEqual({ name: 'Who? Someone' });
    expect(await database.get('SELECT count(*) AS n FROM users')).toEqual({ n: 1 });
    expect(await database.get('SELECT shared, open_after_publication, title FROM statements WHERE id = ?', 'statement-1')).toEqual({
      shared: 1,
      open_after_publication: 0,
      title: 'Is it? Yes',
    });
    expect(await database.get('SELECT id FROM users WHERE id = ?', 'nobody')).toBeUndefined();
    expect(await database.all('SELECT id FROM users WHERE id = ?', 'nobody')).toEqual([]);
    expect(await database.run('UPDATE users SET name = ? WHERE id = ?', 'Someone', 'user-1')).toEqual({ changes: 1 });
    expect(await database.run('UPDATE users SET name = ? WHERE id = ?', 'Someone', 'nobody')).toEqual({ changes: 0 });
  });

  it('inserts many rows at once, blobs as Buffers, and readStoredDocument reads them back as a document', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let index = 0; index < 1_234; index++) doc.getText('bulk').insert(index, 'x');
    await database.insertRows(
      'document_updates',
      ['statement_id', 'data'],
      updates.map((update) => [`statement-1`, update]),
    );
    const first = await database.get<{ data: Buffer; sequence: number }>('SELECT data, sequence FROM document_updates ORDER BY sequence LIMIT 1');
    expect(Buffer.isBuffer(first!.data)).toBe(true);
    expect(new Uint8Array(first!.data)).toEqual(updates[0]);
    expect(typeof first!.sequence).toBe('number');
    const stored = await readStoredDocument(location, 'statement-1');
    expect(stored.updateCount).toBe(1_234);
    expect(stored.hasSnapshot).toBe(false);
    expect(stored.doc.getText('bulk').toString()).toBe('x'.repeat(1_234));
  });

  it('makes writes fail on demand, only where told, until the failure is removed', async () => {
    const insertThread = (id: string, statementId: string) =>
      database.run(
        `INSERT INTO threads (id, statement_id, kind, anchor_start, anchor_end, quote, visibility, author_id, status, created_at, updated_at)
          VALUES (?, ?, 'comment', 'a', 'b', 'quote', 'coalition', 'user-1', 'open', ?, ?)`,
        id,
        statementId,
        now,
        now,
      );
    await database.run(
      "INSERT INTO statements (id, slug, title, stage, created_by, created_at, updated_at) VALUES ('statement-2', 'statement-2', 'Two', 'drafting', 'user-1', ?, ?)",
      now,
      now,
    );
    const removeEvery = await database.failNextWrites('threads', "injected 'failure'");
    await expect(insertThread('thread-1', 'statement-1')).rejects.toThrow("injected 'failure'");
    await removeEvery();
    expect(await insertThread('thread-1', 'statement-1')).toEqual({ changes: 1 });

    const removeOne = await database.failNextWrites('threads', 'only statement 2', { when: { statement_id: 'statement-2' } });
    await expect(insertThread('thread-2', 'statement-2')).rejects.toThrow('only statement 2');
    expect(await insertThread('thread-3', 'statement-1')).toEqual({ changes: 1 });
    await removeOne();
    expect(await insertThread('thread-2', 'statement-2')).toEqual({ changes: 1 });

    const removeDeletes = await database.failNextWrites('threads', 'no deleting', { on: 'DELETE' });
    await expect(database.run("DELETE FROM threads WHERE id = 'thread-3'")).rejects.toThrow('no deleting');
    await removeDeletes();
    expect(await database.run("DELETE FROM threads WHERE id = 'thread-3'")).toEqual({ changes: 1 });
    expect(await database.all('SELECT id FROM threads ORDER BY id')).toEqual([{ id: 'thread-1' }, { id: 'thread-2' }]);
  });

  it('refuses audit changes until the update guard is dropped; deletes stay refused', async () => {
    await database.run("INSERT INTO audit_log (sequence, at, action, details, previous_hash, hash) VALUES (1, ?, 'test.entry', '{}', 'none', 'hash-1')", now);
    await expect(database.run("UPDATE audit_log SET action = 'changed' WHERE sequence = 1")).rejects.toThrow(/append-only/);
    await expect(database.run('DELETE FROM audit_log WHERE sequence = 1')).rejects.toThrow(/append-only/);
    await database.dropAuditUpdateGuard();
    expect(await database.run("UPDATE audit_log SET action = 'changed' WHERE sequence = 1")).toEqual({ changes: 1 });
    await expect(database.run('DELETE FROM audit_log WHERE sequence = 1')).rejects.toThrow(/append-only/);
  });

  it('holds off other writers while it holds the write lock, and lets them through once released', async () => {
    const other = openTestDatabase(location);
    try {
      // SQLite's writer would wait synchronously (busy_timeout): make it give up at once instead.
      if (other.dialect === 'sqlite') await other.run('PRAGMA busy_timeout = 0');
      const release = await database.holdWriteLock('document_updates');
      let blocked: Promise<{ changes: number }> | undefined;
      try {
        expect(await database.get('SELECT count(*) AS n FROM document_updates WHERE statement_id = ?', 'statement-2')).toEqual({ n: 0 });
        blocked = other.run('INSERT INTO document_updates (statement_id, data) VALUES (?, ?)', 'statement-2', new Uint8Array([0, 0]));
        if (other.dialect === 'sqlite') {
          await expect(blocked).rejects.toThrow(/locked/);
          blocked = undefined;
        } else {
          const outcome = await Promise.race([blocked.then(() => 'written'), new Promise((resolve) => setTimeout(resolve, 300, 'waiting'))]);
          expect(outcome).toBe('waiting');
        }
      } finally {
        await release();
      }
      if (blocked !== undefined) expect(await blocked).toEqual({ changes: 1 });
      else
        expect(await other.run('INSERT INTO document_updates (statement_id, data) VALUES (?, ?)', 'statement-2', new Uint8Array([0, 0]))).toEqual({
          changes: 1,
        });
    } finally {
      await other.close();
    }
  });
});
