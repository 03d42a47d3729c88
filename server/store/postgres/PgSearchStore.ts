import type { SearchHit } from '../records.ts';
import type { SearchStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

interface HitRow {
  kind: SearchHit['kind'];
  statement_id: string;
  thread_id: string | null;
  version_number: number | null;
  body: string;
}

/** PostgreSQL full-text search over `search_entries` (migration 1); triggers keep everything but live text current. */
export class PgSearchStore implements SearchStore {
  constructor(private readonly db: PgDatabase) {}

  async indexStatement(statementId: string, text: string): Promise<void> {
    await this.db.query(
      `INSERT INTO search_entries (kind, statement_id, subject, body) VALUES ('text', $1, $1, $2)
       ON CONFLICT (kind, subject) DO UPDATE SET body = excluded.body WHERE search_entries.body IS DISTINCT FROM excluded.body`,
      [statementId, text],
    );
  }

  async unindexedStatements(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT id FROM statements WHERE NOT EXISTS (SELECT 1 FROM search_entries WHERE kind = 'text' AND subject = statements.id)`,
    );
    return rows.map((row) => row.id);
  }

  async query(words: readonly string[], page: { limit: number; offset: number }): Promise<SearchHit[]> {
    if (words.length === 0) return [];
    // The query text is built by the database from the words (a parameter, never SQL), folded as the index
    // folds its text: runs of letters and digits only, so no quote or operator of to_tsquery survives.
    const [terms] = await this.db.query<{ text: string | null }>(
      `SELECT string_agg(term || ':*', ' & ') AS text
       FROM unnest($1::text[]) AS word, regexp_split_to_table(search_fold(word), ' ') AS term WHERE term <> ''`,
      [words],
    );
    if (terms?.text == null) return [];
    // Passed back as a constant, so the planner can weigh the GIN index against it.
    const rows = await this.db.query<HitRow>(
      `SELECT entry.kind, entry.statement_id, entry.thread_id, entry.version_number, entry.body
       FROM search_entries AS entry, to_tsquery('simple', $1) AS query
       WHERE entry.words @@ query ORDER BY ts_rank(entry.words, query) DESC, entry.id LIMIT $2 OFFSET $3`,
      [terms.text, page.limit, page.offset],
    );
    return rows.map((row) => ({
      kind: row.kind,
      statementId: row.statement_id,
      threadId: row.thread_id,
      versionNumber: row.version_number,
      body: row.body,
    }));
  }
}
