import type { Database, Statement } from 'better-sqlite3';
import type { SearchHit } from '../records.ts';
import type { SearchStore } from '../Store.ts';

interface HitRow {
  kind: SearchHit['kind'];
  statement_id: string;
  thread_id: string | null;
  version_number: number | null;
  body: string;
}

/** A word as an FTS5 prefix query: quoted (quotes doubled), so no word is ever read as syntax. */
const asPrefix = (word: string) => `"${word.replaceAll('"', '""')}"*`;

/** SQLite FTS5 over `search_entries` (migration 10); triggers keep everything but live text current. */
export class SqliteSearchStore implements SearchStore {
  private readonly upsertText: Statement<{ statementId: string; body: string }>;
  private readonly withoutText: Statement<[], { id: string }>;
  private readonly matching: Statement<{ match: string; limit: number; offset: number }, HitRow>;

  constructor(database: Database) {
    this.upsertText = database.prepare(`INSERT INTO search_entries (kind, statement_id, subject, body)
      VALUES ('text', @statementId, @statementId, @body)
      ON CONFLICT (kind, subject) DO UPDATE SET body = excluded.body WHERE body IS NOT excluded.body`);
    this.withoutText = database.prepare(`SELECT id FROM statements
      WHERE NOT EXISTS (SELECT 1 FROM search_entries WHERE kind = 'text' AND subject = statements.id)`);
    this.matching = database.prepare(`SELECT entry.kind, entry.statement_id, entry.thread_id, entry.version_number, entry.body
      FROM search_index JOIN search_entries AS entry ON entry.id = search_index.rowid
      WHERE search_index MATCH @match ORDER BY search_index.rank, entry.id LIMIT @limit OFFSET @offset`);
  }

  async indexStatement(statementId: string, text: string): Promise<void> {
    this.upsertText.run({ statementId, body: text });
  }

  async unindexedStatements(): Promise<string[]> {
    return this.withoutText.all().map((row) => row.id);
  }

  async query(words: readonly string[], page: { limit: number; offset: number }): Promise<SearchHit[]> {
    if (words.length === 0) return [];
    return this.matching.all({ match: words.map(asPrefix).join(' '), limit: page.limit, offset: page.offset }).map((row) => ({
      kind: row.kind,
      statementId: row.statement_id,
      threadId: row.thread_id,
      versionNumber: row.version_number,
      body: row.body,
    }));
  }
}
