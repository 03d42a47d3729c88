import type { DocumentUpdateEntry, LineageRecord, NewAuditEntry, StatementRecord } from '../records.ts';
import type { ChangePull, FreezeCommand, FreezeOutcome, ItemRange, OpenItems, StatementStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase, PgQueryable } from './PgDatabase.ts';
import { appendDocumentUpdate } from './appendDocumentUpdate.ts';
import { insertNextVersion } from './insertNextVersion.ts';
import { insertStatement } from './insertStatement.ts';
import { insertTextChange } from './insertTextChange.ts';

interface StatementRow {
  id: string;
  slug: string;
  title: string;
  stage: StatementRecord['stage'];
  fork_of: string | null;
  owner_org_id: string | null;
  shared: boolean;
  sign_on_deadline: string | null;
  who_may_sign: StatementRecord['whoMaySign'];
  open_after_publication: boolean;
  final_version: number | null;
  word_limit: number | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const toStatementRecord = (row: StatementRow): StatementRecord => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  stage: row.stage,
  forkOf: row.fork_of,
  ownerOrgId: row.owner_org_id,
  shared: row.shared,
  signOnDeadline: row.sign_on_deadline,
  whoMaySign: row.who_may_sign,
  openAfterPublication: row.open_after_publication,
  finalVersion: row.final_version,
  wordLimit: row.word_limit,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

interface LineageRow {
  statement_id: string;
  upstream_id: string;
  upstream_version: number | null;
  forked_by: string;
  forked_at: string;
  pulled_state: Buffer;
  pulled_at: string;
}

/** Moves the stage only if it is `from`; the row's final version after the move, or undefined when it was not `from`. */
async function guardedMove(
  tx: PgQueryable,
  id: string,
  from: StatementRecord['stage'],
  to: StatementRecord['stage'],
  at: string,
  finalVersion: number | null = null,
): Promise<{ final_version: number | null } | undefined> {
  const [row] = await tx.query<{ final_version: number | null }>(
    `UPDATE statements SET stage = $3, updated_at = $4, final_version = coalesce($5::integer, final_version)
     WHERE id = $1 AND stage = $2 RETURNING final_version`,
    [id, from, to, at, finalVersion],
  );
  return row;
}

export class PgStatementStore implements StatementStore {
  constructor(private readonly db: PgDatabase) {}

  async create(statement: StatementRecord, initialUpdate: Uint8Array, audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      await insertStatement(tx, statement);
      await appendDocumentUpdate(tx, statement.id, initialUpdate);
      await appendAudit(tx, audit);
    });
  }

  async findById(id: string): Promise<StatementRecord | null> {
    const [row] = await this.db.query<StatementRow>('SELECT * FROM statements WHERE id = $1', [id]);
    return row ? toStatementRecord(row) : null;
  }

  async list(): Promise<StatementRecord[]> {
    return (await this.db.query<StatementRow>('SELECT * FROM statements ORDER BY updated_at COLLATE "C" DESC')).map(toStatementRecord);
  }

  async rename(id: string, title: string, at: string): Promise<void> {
    await this.db.query('UPDATE statements SET title = $1, updated_at = $2 WHERE id = $3', [title, at, id]);
  }

  async addDrafter(statementId: string, userId: string, addedBy: string, at: string, audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO statement_drafters (statement_id, user_id, added_by, added_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (statement_id, user_id) DO NOTHING`,
        [statementId, userId, addedBy, at],
      );
      await appendAudit(tx, audit);
    });
  }

  async removeDrafter(statementId: string, userId: string, audit: NewAuditEntry): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const deleted = await tx.query('DELETE FROM statement_drafters WHERE statement_id = $1 AND user_id = $2 RETURNING user_id', [statementId, userId]);
      if (deleted.length !== 1) return false;
      await appendAudit(tx, audit);
      return true;
    });
  }

  async drafterIds(statementId: string): Promise<string[]> {
    const rows = await this.db.query<{ user_id: string }>('SELECT user_id FROM statement_drafters WHERE statement_id = $1 ORDER BY added_at COLLATE "C"', [
      statementId,
    ]);
    return rows.map((row) => row.user_id);
  }

  async drafterIdsOf(statementIds: readonly string[]): Promise<Map<string, string[]>> {
    const drafters = new Map<string, string[]>(statementIds.map((id) => [id, []]));
    const rows = await this.db.query<{ statement_id: string; user_id: string }>(
      'SELECT statement_id, user_id FROM statement_drafters WHERE statement_id = ANY($1::text[]) ORDER BY added_at COLLATE "C"',
      [statementIds],
    );
    for (const row of rows) drafters.get(row.statement_id)?.push(row.user_id);
    return drafters;
  }

  async createFork(statement: StatementRecord, upstreamState: Uint8Array, lineage: LineageRecord, audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      await insertStatement(tx, statement);
      await appendDocumentUpdate(tx, statement.id, upstreamState);
      await tx.query(
        `INSERT INTO fork_lineage (statement_id, upstream_id, upstream_version, forked_by, forked_at, pulled_state, pulled_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          lineage.statementId,
          lineage.upstreamId,
          lineage.upstreamVersion,
          lineage.forkedBy,
          lineage.forkedAt,
          Buffer.from(lineage.pulledState),
          lineage.pulledAt,
        ],
      );
      await appendAudit(tx, audit);
    });
  }

  async lineage(statementId: string): Promise<LineageRecord | null> {
    const [row] = await this.db.query<LineageRow>('SELECT * FROM fork_lineage WHERE statement_id = $1', [statementId]);
    return row
      ? {
          statementId: row.statement_id,
          upstreamId: row.upstream_id,
          upstreamVersion: row.upstream_version,
          forkedBy: row.forked_by,
          forkedAt: row.forked_at,
          pulledState: new Uint8Array(row.pulled_state),
          pulledAt: row.pulled_at,
        }
      : null;
  }

  async forksOf(statementId: string): Promise<StatementRecord[]> {
    return (await this.db.query<StatementRow>('SELECT * FROM statements WHERE fork_of = $1 ORDER BY created_at COLLATE "C"', [statementId])).map(
      toStatementRecord,
    );
  }

  async recordPull(statementId: string, pulledState: Uint8Array, at: string, update: DocumentUpdateEntry | null, audit: NewAuditEntry): Promise<number | null> {
    return this.db.transaction(async (tx) => {
      const sequence = update === null ? null : await insertTextChange(tx, update);
      await tx.query('UPDATE fork_lineage SET pulled_state = $1, pulled_at = $2 WHERE statement_id = $3', [Buffer.from(pulledState), at, statementId]);
      await tx.query('DELETE FROM fork_change_pulls WHERE statement_id = $1', [statementId]);
      await tx.query('DELETE FROM fork_provisional_items WHERE statement_id = $1', [statementId]);
      await appendAudit(tx, audit);
      return sequence;
    });
  }

  async recordChangePull({ statementId, passageKey, afterText, provisional, at, update, audit }: ChangePull): Promise<number> {
    return this.db.transaction(async (tx) => {
      const sequence = await insertTextChange(tx, update);
      await tx.query(
        `INSERT INTO fork_change_pulls (statement_id, passage_key, after_text, pulled_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (statement_id, passage_key) DO UPDATE SET after_text = excluded.after_text, pulled_at = excluded.pulled_at`,
        [statementId, passageKey, afterText, at],
      );
      for (const range of provisional) {
        await tx.query('INSERT INTO fork_provisional_items (statement_id, client, clock, length) VALUES ($1, $2, $3, $4)', [
          statementId,
          range.client,
          range.clock,
          range.length,
        ]);
      }
      await appendAudit(tx, audit);
      return sequence;
    });
  }

  async changePulls(statementId: string): Promise<{ passageKey: string; afterText: string }[]> {
    // SQLite reads them through the primary key: in passage key order, byte by byte.
    const rows = await this.db.query<{ passage_key: string; after_text: string }>(
      'SELECT passage_key, after_text FROM fork_change_pulls WHERE statement_id = $1 ORDER BY passage_key COLLATE "C"',
      [statementId],
    );
    return rows.map((row) => ({ passageKey: row.passage_key, afterText: row.after_text }));
  }

  async provisionalItems(statementId: string): Promise<ItemRange[]> {
    // BIGINT columns arrive as strings.
    const rows = await this.db.query<{ client: string; clock: string; length: string }>(
      'SELECT client, clock, length FROM fork_provisional_items WHERE statement_id = $1',
      [statementId],
    );
    return rows.map((row) => ({ client: Number(row.client), clock: Number(row.clock), length: Number(row.length) }));
  }

  async setShared(statementId: string, shared: boolean, at: string, audit?: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE statements SET shared = $1, updated_at = $2 WHERE id = $3', [shared, at, statementId]);
      if (audit !== undefined) await appendAudit(tx, audit);
    });
  }

  async moveStage(statementId: string, from: StatementRecord['stage'], to: StatementRecord['stage'], at: string, finalVersion?: number): Promise<boolean> {
    return (await guardedMove(this.db, statementId, from, to, at, finalVersion ?? null)) !== undefined;
  }

  async updateSettings(
    statementId: string,
    settings: Partial<Pick<StatementRecord, 'signOnDeadline' | 'whoMaySign' | 'openAfterPublication' | 'wordLimit'>>,
    at: string,
  ): Promise<void> {
    await this.db.query(
      `UPDATE statements SET
         sign_on_deadline = CASE WHEN $2::boolean THEN $3::text ELSE sign_on_deadline END,
         who_may_sign = coalesce($4::text, who_may_sign),
         open_after_publication = coalesce($5::boolean, open_after_publication),
         word_limit = CASE WHEN $7::boolean THEN $8::integer ELSE word_limit END,
         updated_at = $6 WHERE id = $1`,
      [
        statementId,
        settings.signOnDeadline !== undefined,
        settings.signOnDeadline ?? null,
        settings.whoMaySign ?? null,
        settings.openAfterPublication ?? null,
        at,
        settings.wordLimit !== undefined,
        settings.wordLimit ?? null,
      ],
    );
  }

  async findBySlug(slug: string): Promise<StatementRecord | null> {
    const [row] = await this.db.query<StatementRow>('SELECT * FROM statements WHERE slug = $1', [slug]);
    return row ? toStatementRecord(row) : null;
  }

  async countForksOwnedBy(orgId: string): Promise<number> {
    const [row] = await this.db.query<{ count: string }>('SELECT count(*) AS count FROM statements WHERE owner_org_id = $1 AND fork_of IS NOT NULL', [orgId]);
    return Number(row?.count ?? 0);
  }

  async freeze(command: FreezeCommand): Promise<FreezeOutcome> {
    return this.db.transaction(async (tx): Promise<FreezeOutcome> => {
      // The row locked first: text changes (FOR SHARE) and other stage moves wait for this freeze; inserts that only
      // reference the statement (new threads, collaborative updates) do not, and land as if made just after it.
      const [statement] = await tx.query<{ stage: string }>('SELECT stage FROM statements WHERE id = $1 FOR NO KEY UPDATE', [command.statementId]);
      if (statement?.stage !== 'drafting') return { kind: 'not_drafting' };
      // Organisation-only threads are that organisation's own to decide: the secretariat cannot see them.
      const rows = await tx.query<{ kind: 'comment' | 'suggestion'; open: string }>(
        `SELECT kind, count(*) AS open FROM threads
         WHERE statement_id = $1 AND status = 'open' AND visibility IN ('coalition', 'secretariat') GROUP BY kind`,
        [command.statementId],
      );
      const counts = Object.fromEntries(rows.map((row) => [row.kind, Number(row.open)]));
      const open: OpenItems = { suggestions: counts.suggestion ?? 0, threads: counts.comment ?? 0 };
      if (!command.carryOver && open.suggestions + open.threads > 0) return { kind: 'open_items', ...open };
      const number = await insertNextVersion(tx, { ...command.version, statementId: command.statementId, kind: 'final' });
      // The row is locked: a failed move means this code is wrong, and the whole freeze rolls back.
      if ((await guardedMove(tx, command.statementId, 'drafting', 'sign-on', command.at, number)) === undefined) throw new Error('the freeze lost its stage');
      await appendAudit(tx, {
        ...command.audit,
        details: { ...command.audit.details, from: 'drafting', to: 'sign-on', version: number, hash: command.version.hash, carriedOver: open },
      });
      return { kind: 'frozen', number, carriedOver: open };
    });
  }

  async reopen(statementId: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if ((await guardedMove(tx, statementId, 'sign-on', 'drafting', at)) === undefined) return false;
      await appendAudit(tx, audit);
      return true;
    });
  }

  async publish(statementId: string, publishedBy: string, at: string, audit: NewAuditEntry): Promise<number | null> {
    return this.db.transaction(async (tx) => {
      // The version published is the one this very update saw: a reopen and re-freeze just before cannot leave an older one published.
      const moved = await guardedMove(tx, statementId, 'sign-on', 'published', at);
      if (moved === undefined || moved.final_version === null) return null;
      await tx.query(
        `INSERT INTO publications (statement_id, version_number, published_by, published_at, withdrawn_at) VALUES ($1, $2, $3, $4, NULL)
         ON CONFLICT (statement_id, version_number) DO UPDATE SET published_at = excluded.published_at, withdrawn_at = NULL`,
        [statementId, moved.final_version, publishedBy, at],
      );
      await appendAudit(tx, { ...audit, details: { ...audit.details, version: moved.final_version } });
      return moved.final_version;
    });
  }

  async withdrawPublication(statementId: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if ((await guardedMove(tx, statementId, 'published', 'withdrawn', at)) === undefined) return false;
      await tx.query('UPDATE publications SET withdrawn_at = $1 WHERE statement_id = $2 AND withdrawn_at IS NULL', [at, statementId]);
      await appendAudit(tx, audit);
      return true;
    });
  }
}
