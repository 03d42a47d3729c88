import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';

describe('migration 8', () => {
  it('gives organisations created before it unique slugs from their names', () => {
    const database = new BetterSqlite3(':memory:');
    database.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of MIGRATIONS.filter((candidate) => candidate.version < 8)) {
      database.exec(migration.sql);
      database.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2026-01-01T00:00:00Z');
    }
    const insert = database.prepare("INSERT INTO organisations (id, name, kind, category, country, created_at) VALUES (?, ?, 'ccTLD', 'member', 'NL', ?)");
    insert.run('a', 'Registro Ejemplo', '2026-01-01T00:00:00Z');
    insert.run('b', 'Registro  Ejemplo!', '2026-01-02T00:00:00Z');
    insert.run('c', '???', '2026-01-03T00:00:00Z');
    expect(migrate(database)).toContain(8);
    const slugs = database.prepare<[], { id: string; slug: string }>('SELECT id, slug FROM organisations ORDER BY id').all();
    expect(slugs).toEqual([
      { id: 'a', slug: 'registro-ejemplo' },
      { id: 'b', slug: 'registro-ejemplo-2' },
      { id: 'c', slug: 'organisation' },
    ]);
    expect(() => database.prepare("UPDATE organisations SET slug = 'registro-ejemplo' WHERE id = 'c'").run()).toThrow(/UNIQUE/);
    database.close();
  });
});
