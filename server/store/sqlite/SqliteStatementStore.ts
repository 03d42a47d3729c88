import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { StatementRecord } from '../records.ts';
import type { StatementStore } from '../Store.ts';

interface StatementRow {
  id: string;
  slug: string;
  title: string;
  stage: StatementRecord['stage'];
  fork_of: string | null;
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
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class SqliteStatementStore implements StatementStore {
  private readonly createInTransaction: Transaction<(statement: StatementRecord, initialUpdate: Uint8Array) => void>;
  private readonly byId: Statement<[string], StatementRow>;
  private readonly all: Statement<[], StatementRow>;
  private readonly updateTitle: Statement<[string, string, string]>;
  private readonly insertDrafter: Statement<[string, string, string, string]>;
  private readonly deleteDrafter: Statement<[string, string]>;
  private readonly drafters: Statement<[string], { user_id: string }>;

  constructor(database: Database) {
    const insert = database.prepare(`INSERT INTO statements
      (id, slug, title, stage, fork_of, created_by, created_at, updated_at)
      VALUES (@id, @slug, @title, @stage, @forkOf, @createdBy, @createdAt, @updatedAt)`);
    const insertUpdate = database.prepare('INSERT INTO document_updates (statement_id, data) VALUES (?, ?)');
    this.createInTransaction = database.transaction((statement: StatementRecord, initialUpdate: Uint8Array) => {
      insert.run(statement);
      insertUpdate.run(statement.id, initialUpdate);
    });
    this.byId = database.prepare('SELECT * FROM statements WHERE id = ?');
    this.all = database.prepare('SELECT * FROM statements ORDER BY updated_at DESC');
    this.updateTitle = database.prepare('UPDATE statements SET title = ?, updated_at = ? WHERE id = ?');
    this.deleteDrafter = database.prepare('DELETE FROM statement_drafters WHERE statement_id = ? AND user_id = ?');
    this.insertDrafter = database.prepare(`INSERT INTO statement_drafters (statement_id, user_id, added_by, added_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (statement_id, user_id) DO NOTHING`);
    this.drafters = database.prepare('SELECT user_id FROM statement_drafters WHERE statement_id = ? ORDER BY added_at');
  }

  async create(statement: StatementRecord, initialUpdate: Uint8Array): Promise<void> {
    this.createInTransaction(statement, initialUpdate);
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

  async addDrafter(statementId: string, userId: string, addedBy: string, at: string): Promise<void> {
    this.insertDrafter.run(statementId, userId, addedBy, at);
  }

  async removeDrafter(statementId: string, userId: string): Promise<boolean> {
    return this.deleteDrafter.run(statementId, userId).changes === 1;
  }

  async drafterIds(statementId: string): Promise<string[]> {
    return this.drafters.all(statementId).map((row) => row.user_id);
  }
}
