import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { DocumentUpdateEntry, LineageRecord, NewAuditEntry, StatementRecord } from '../records.ts';
import type { ChangePull, FreezeCommand, FreezeOutcome, ItemRange, OpenItems, StatementStore } from '../Store.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { statementInserter } from './statementInserter.ts';
import { textChangeInserter } from './textChangeInserter.ts';

/** Thrown inside a transaction to roll it back when a guarded step finds the state changed. */
class StageChanged extends Error {}

interface StatementRow {
  id: string;
  slug: string;
  title: string;
  stage: StatementRecord['stage'];
  fork_of: string | null;
  owner_org_id: string | null;
  shared: number;
  sign_on_deadline: string | null;
  who_may_sign: StatementRecord['whoMaySign'];
  open_after_publication: number;
  final_version: number | null;
  word_limit: number | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

function toStatementRecord(row: StatementRow): StatementRecord {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    stage: row.stage,
    forkOf: row.fork_of,
    ownerOrgId: row.owner_org_id,
    shared: row.shared === 1,
    signOnDeadline: row.sign_on_deadline,
    whoMaySign: row.who_may_sign,
    openAfterPublication: row.open_after_publication === 1,
    finalVersion: row.final_version,
    wordLimit: row.word_limit,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface LineageRow {
  statement_id: string;
  upstream_id: string;
  upstream_version: number | null;
  forked_by: string;
  forked_at: string;
  pulled_state: Buffer;
  pulled_at: string;
}

export class SqliteStatementStore implements StatementStore {
  private readonly createInTransaction: Transaction<(statement: StatementRecord, initialUpdate: Uint8Array, audit: NewAuditEntry) => void>;
  private readonly byId: Statement<[string], StatementRow>;
  private readonly all: Statement<[], StatementRow>;
  private readonly updateTitle: Statement<[string, string, string]>;
  private readonly addDrafterInTransaction: Transaction<(statementId: string, userId: string, addedBy: string, at: string, audit: NewAuditEntry) => void>;
  private readonly removeDrafterInTransaction: Transaction<(statementId: string, userId: string, audit: NewAuditEntry) => boolean>;
  private readonly drafters: Statement<[string], { user_id: string }>;
  private readonly createForkInTransaction: Transaction<
    (statement: StatementRecord, upstreamState: Uint8Array, lineage: LineageRecord, audit: NewAuditEntry) => void
  >;
  private readonly lineageOf: Statement<[string], LineageRow>;
  private readonly forks: Statement<[string], StatementRow>;
  private readonly pullInTransaction: Transaction<
    (statementId: string, pulledState: Uint8Array, at: string, update: DocumentUpdateEntry | null, audit: NewAuditEntry) => number | null
  >;
  private readonly changePullInTransaction: Transaction<(pull: ChangePull) => number>;
  private readonly changePullsOf: Statement<[string], { passage_key: string; after_text: string }>;
  private readonly provisionalOf: Statement<[string], ItemRange>;
  private readonly sharingInTransaction: Transaction<(statementId: string, shared: boolean, at: string, audit?: NewAuditEntry) => void>;
  private readonly stageMove: Statement<Record<string, unknown>>;
  private readonly settings: Statement<Record<string, unknown>>;
  private readonly bySlug: Statement<[string], StatementRow>;
  private readonly freezeInTransaction: Transaction<(command: FreezeCommand) => FreezeOutcome>;
  private readonly reopenInTransaction: Transaction<(statementId: string, at: string, audit: NewAuditEntry) => boolean>;
  private readonly publishInTransaction: Transaction<(statementId: string, publishedBy: string, at: string, audit: NewAuditEntry) => number | null>;
  private readonly withdrawPublicationInTransaction: Transaction<(statementId: string, at: string, audit: NewAuditEntry) => boolean>;
  private readonly forksOwned: Statement<[string], { count: number }>;
  private readonly draftersOfMany: Statement<[string], { statement_id: string; user_id: string }>;

  constructor(database: Database, appender: AuditAppender) {
    const auditAppender = appender;
    const insertStatement = statementInserter(database);
    this.createInTransaction = database.transaction((statement: StatementRecord, initialUpdate: Uint8Array, audit: NewAuditEntry) => {
      insertStatement(statement, initialUpdate);
      appender.append(audit);
    });
    /** A server change to the text stored with the command that made it; returns its log sequence. */
    const appendUpdate = textChangeInserter(database);
    const insertLineage = database.prepare(`INSERT INTO fork_lineage
      (statement_id, upstream_id, upstream_version, forked_by, forked_at, pulled_state, pulled_at)
      VALUES (@statementId, @upstreamId, @upstreamVersion, @forkedBy, @forkedAt, @pulledState, @pulledAt)`);
    this.createForkInTransaction = database.transaction(
      (statement: StatementRecord, upstreamState: Uint8Array, lineage: LineageRecord, audit: NewAuditEntry) => {
        insertStatement(statement, upstreamState);
        insertLineage.run({ ...lineage, pulledState: Buffer.from(lineage.pulledState) });
        appender.append(audit);
      },
    );
    this.lineageOf = database.prepare('SELECT * FROM fork_lineage WHERE statement_id = ?');
    this.forks = database.prepare('SELECT * FROM statements WHERE fork_of = ? ORDER BY created_at');
    const pulled = database.prepare('UPDATE fork_lineage SET pulled_state = ?, pulled_at = ? WHERE statement_id = ?');
    const forgetChangePulls = database.prepare('DELETE FROM fork_change_pulls WHERE statement_id = ?');
    const forgetProvisional = database.prepare('DELETE FROM fork_provisional_items WHERE statement_id = ?');
    this.pullInTransaction = database.transaction(
      (statementId: string, pulledState: Uint8Array, at: string, update: DocumentUpdateEntry | null, audit: NewAuditEntry) => {
        const sequence = update === null ? null : appendUpdate(update);
        pulled.run(Buffer.from(pulledState), at, statementId);
        forgetChangePulls.run(statementId);
        forgetProvisional.run(statementId);
        appender.append(audit);
        return sequence;
      },
    );
    const upsertChangePull = database.prepare(`INSERT INTO fork_change_pulls (statement_id, passage_key, after_text, pulled_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (statement_id, passage_key) DO UPDATE SET after_text = excluded.after_text, pulled_at = excluded.pulled_at`);
    const insertProvisional = database.prepare('INSERT INTO fork_provisional_items (statement_id, client, clock, length) VALUES (?, ?, ?, ?)');
    this.changePullInTransaction = database.transaction(({ statementId, passageKey, afterText, provisional, at, update, audit }: ChangePull) => {
      const sequence = appendUpdate(update);
      upsertChangePull.run(statementId, passageKey, afterText, at);
      for (const range of provisional) insertProvisional.run(statementId, range.client, range.clock, range.length);
      appender.append(audit);
      return sequence;
    });
    this.changePullsOf = database.prepare('SELECT passage_key, after_text FROM fork_change_pulls WHERE statement_id = ?');
    this.provisionalOf = database.prepare('SELECT client, clock, length FROM fork_provisional_items WHERE statement_id = ?');
    const sharing = database.prepare<[number, string, string]>('UPDATE statements SET shared = ?, updated_at = ? WHERE id = ?');
    this.sharingInTransaction = database.transaction((statementId: string, shared: boolean, at: string, audit?: NewAuditEntry) => {
      sharing.run(shared ? 1 : 0, at, statementId);
      if (audit !== undefined) appender.append(audit);
    });
    this.stageMove = database.prepare(`UPDATE statements SET stage = @to, updated_at = @at,
      final_version = coalesce(@finalVersion, final_version) WHERE id = @id AND stage = @from`);
    this.settings = database.prepare(`UPDATE statements SET
      sign_on_deadline = CASE WHEN @setDeadline THEN @deadline ELSE sign_on_deadline END,
      who_may_sign = coalesce(@whoMaySign, who_may_sign),
      open_after_publication = coalesce(@open, open_after_publication),
      word_limit = CASE WHEN @setWordLimit THEN @wordLimit ELSE word_limit END,
      updated_at = @at WHERE id = @id`);
    this.bySlug = database.prepare('SELECT * FROM statements WHERE slug = ?');
    this.byId = database.prepare('SELECT * FROM statements WHERE id = ?');
    this.all = database.prepare('SELECT * FROM statements ORDER BY updated_at DESC');
    this.updateTitle = database.prepare('UPDATE statements SET title = ?, updated_at = ? WHERE id = ?');
    const deleteDrafter = database.prepare<[string, string]>('DELETE FROM statement_drafters WHERE statement_id = ? AND user_id = ?');
    this.removeDrafterInTransaction = database.transaction((statementId: string, userId: string, audit: NewAuditEntry) => {
      if (deleteDrafter.run(statementId, userId).changes !== 1) return false;
      appender.append(audit);
      return true;
    });
    const insertDrafter = database.prepare<[string, string, string, string]>(`INSERT INTO statement_drafters (statement_id, user_id, added_by, added_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (statement_id, user_id) DO NOTHING`);
    this.addDrafterInTransaction = database.transaction((statementId: string, userId: string, addedBy: string, at: string, audit: NewAuditEntry) => {
      insertDrafter.run(statementId, userId, addedBy, at);
      appender.append(audit);
    });
    this.drafters = database.prepare('SELECT user_id FROM statement_drafters WHERE statement_id = ? ORDER BY added_at');

    // Sign-on commands: each its guarded stage move, its rows and its audit entry in one transaction.
    // Organisation-only threads are that organisation's own to decide: the secretariat cannot see them.
    const openItems = database.prepare<[string], { kind: 'comment' | 'suggestion'; open: number }>(`SELECT kind, count(*) AS open FROM threads
      WHERE statement_id = ? AND status = 'open' AND visibility IN ('coalition', 'secretariat') GROUP BY kind`);
    const insertVersion = database.prepare<Record<string, unknown>, { number: number }>(`INSERT INTO statement_versions
      (statement_id, number, name, kind, state, content, hash, created_by, created_at, title)
      VALUES (@statementId, (SELECT coalesce(max(number), 0) + 1 FROM statement_versions WHERE statement_id = @statementId),
        @name, 'final', @state, @content, @hash, @createdBy, @createdAt, @title)
      RETURNING number`);
    const guardedMove = database.prepare<Record<string, unknown>, { final_version: number | null }>(`UPDATE statements SET stage = @to, updated_at = @at,
      final_version = coalesce(@finalVersion, final_version) WHERE id = @id AND stage = @from RETURNING final_version`);
    const move = (id: string, from: StatementRecord['stage'], to: StatementRecord['stage'], at: string, finalVersion: number | null = null) =>
      guardedMove.get({ id, from, to, at, finalVersion });
    const stageOf = database.prepare<[string], { stage: StatementRecord['stage'] }>('SELECT stage FROM statements WHERE id = ?');
    this.freezeInTransaction = database.transaction((command: FreezeCommand): FreezeOutcome => {
      if (stageOf.get(command.statementId)?.stage !== 'drafting') return { kind: 'not_drafting' };
      const counts = Object.fromEntries(openItems.all(command.statementId).map((row) => [row.kind, row.open]));
      const open: OpenItems = { suggestions: counts.suggestion ?? 0, threads: counts.comment ?? 0 };
      if (!command.carryOver && open.suggestions + open.threads > 0) return { kind: 'open_items', ...open };
      const { number } = insertVersion.get({ ...command.version, statementId: command.statementId, state: Buffer.from(command.version.state) })!;
      if (move(command.statementId, 'drafting', 'sign-on', command.at, number) === undefined) throw new StageChanged();
      auditAppender.append({
        ...command.audit,
        details: { ...command.audit.details, from: 'drafting', to: 'sign-on', version: number, hash: command.version.hash, carriedOver: open },
      });
      return { kind: 'frozen', number, carriedOver: open };
    });
    this.reopenInTransaction = database.transaction((statementId: string, at: string, audit: NewAuditEntry) => {
      if (move(statementId, 'sign-on', 'drafting', at) === undefined) return false;
      auditAppender.append(audit);
      return true;
    });
    const insertPublication = database.prepare(`INSERT INTO publications (statement_id, version_number, published_by, published_at, withdrawn_at)
      VALUES (@statementId, @versionNumber, @publishedBy, @publishedAt, NULL)
      ON CONFLICT (statement_id, version_number) DO UPDATE SET published_at = excluded.published_at, withdrawn_at = NULL`);
    this.publishInTransaction = database.transaction((statementId: string, publishedBy: string, at: string, audit: NewAuditEntry) => {
      // The version published is the one this very update saw (L5): a reopen and re-freeze by
      // someone else just before cannot leave an older final version published.
      const moved = move(statementId, 'sign-on', 'published', at);
      if (moved === undefined || moved.final_version === null) return null;
      insertPublication.run({ statementId, versionNumber: moved.final_version, publishedBy, publishedAt: at });
      auditAppender.append({ ...audit, details: { ...audit.details, version: moved.final_version } });
      return moved.final_version;
    });
    const markPublicationWithdrawn = database.prepare('UPDATE publications SET withdrawn_at = ? WHERE statement_id = ? AND withdrawn_at IS NULL');
    this.withdrawPublicationInTransaction = database.transaction((statementId: string, at: string, audit: NewAuditEntry) => {
      if (move(statementId, 'published', 'withdrawn', at) === undefined) return false;
      markPublicationWithdrawn.run(at, statementId);
      auditAppender.append(audit);
      return true;
    });
    this.forksOwned = database.prepare('SELECT count(*) AS count FROM statements WHERE owner_org_id = ? AND fork_of IS NOT NULL');
    // One query for a page of statements: their ids as a JSON array.
    this.draftersOfMany = database.prepare(`SELECT statement_id, user_id FROM statement_drafters
      WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY added_at`);
  }

  async freeze(command: FreezeCommand): Promise<FreezeOutcome> {
    try {
      return this.freezeInTransaction.immediate(command);
    } catch (error) {
      if (error instanceof StageChanged) return { kind: 'not_drafting' };
      throw error;
    }
  }

  async reopen(statementId: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.reopenInTransaction.immediate(statementId, at, audit);
  }

  async publish(statementId: string, publishedBy: string, at: string, audit: NewAuditEntry): Promise<number | null> {
    return this.publishInTransaction.immediate(statementId, publishedBy, at, audit);
  }

  async withdrawPublication(statementId: string, at: string, audit: NewAuditEntry): Promise<boolean> {
    return this.withdrawPublicationInTransaction.immediate(statementId, at, audit);
  }

  async create(statement: StatementRecord, initialUpdate: Uint8Array, audit: NewAuditEntry): Promise<void> {
    this.createInTransaction.immediate(statement, initialUpdate, audit);
  }

  async findById(id: string): Promise<StatementRecord | null> {
    const row = this.byId.get(id);
    return row ? toStatementRecord(row) : null;
  }

  async list(): Promise<StatementRecord[]> {
    return this.all.all().map(toStatementRecord);
  }

  async rename(id: string, title: string, at: string): Promise<void> {
    this.updateTitle.run(title, at, id);
  }

  async addDrafter(statementId: string, userId: string, addedBy: string, at: string, audit: NewAuditEntry): Promise<void> {
    this.addDrafterInTransaction.immediate(statementId, userId, addedBy, at, audit);
  }

  async removeDrafter(statementId: string, userId: string, audit: NewAuditEntry): Promise<boolean> {
    return this.removeDrafterInTransaction.immediate(statementId, userId, audit);
  }

  async drafterIds(statementId: string): Promise<string[]> {
    return this.drafters.all(statementId).map((row) => row.user_id);
  }

  async createFork(statement: StatementRecord, upstreamState: Uint8Array, lineage: LineageRecord, audit: NewAuditEntry): Promise<void> {
    this.createForkInTransaction.immediate(statement, upstreamState, lineage, audit);
  }

  async lineage(statementId: string): Promise<LineageRecord | null> {
    const row = this.lineageOf.get(statementId);
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
    return this.forks.all(statementId).map(toStatementRecord);
  }

  async recordPull(statementId: string, pulledState: Uint8Array, at: string, update: DocumentUpdateEntry | null, audit: NewAuditEntry): Promise<number | null> {
    return this.pullInTransaction.immediate(statementId, pulledState, at, update, audit);
  }

  async recordChangePull(pull: ChangePull): Promise<number> {
    return this.changePullInTransaction.immediate(pull);
  }

  async changePulls(statementId: string): Promise<{ passageKey: string; afterText: string }[]> {
    return this.changePullsOf.all(statementId).map((row) => ({ passageKey: row.passage_key, afterText: row.after_text }));
  }

  async provisionalItems(statementId: string): Promise<ItemRange[]> {
    return this.provisionalOf.all(statementId);
  }

  async setShared(statementId: string, shared: boolean, at: string, audit?: NewAuditEntry): Promise<void> {
    this.sharingInTransaction.immediate(statementId, shared, at, audit);
  }

  async moveStage(statementId: string, from: StatementRecord['stage'], to: StatementRecord['stage'], at: string, finalVersion?: number): Promise<boolean> {
    return this.stageMove.run({ id: statementId, from, to, at, finalVersion: finalVersion ?? null }).changes === 1;
  }

  async updateSettings(
    statementId: string,
    settings: Partial<Pick<StatementRecord, 'signOnDeadline' | 'whoMaySign' | 'openAfterPublication' | 'wordLimit'>>,
    at: string,
  ): Promise<void> {
    this.settings.run({
      id: statementId,
      setDeadline: settings.signOnDeadline !== undefined ? 1 : 0,
      deadline: settings.signOnDeadline ?? null,
      whoMaySign: settings.whoMaySign ?? null,
      open: settings.openAfterPublication === undefined ? null : settings.openAfterPublication ? 1 : 0,
      setWordLimit: settings.wordLimit !== undefined ? 1 : 0,
      wordLimit: settings.wordLimit ?? null,
      at,
    });
  }

  async findBySlug(slug: string): Promise<StatementRecord | null> {
    const row = this.bySlug.get(slug);
    return row ? toStatementRecord(row) : null;
  }

  async countForksOwnedBy(orgId: string): Promise<number> {
    return this.forksOwned.get(orgId)?.count ?? 0;
  }

  async drafterIdsOf(statementIds: readonly string[]): Promise<Map<string, string[]>> {
    const drafters = new Map<string, string[]>(statementIds.map((id) => [id, []]));
    for (const row of this.draftersOfMany.all(JSON.stringify(statementIds))) drafters.get(row.statement_id)?.push(row.user_id);
    return drafters;
  }
}
