import type { Database } from 'better-sqlite3';
import type { SecretStore } from '../Store.ts';

export class SqliteSecretStore implements SecretStore {
  constructor(private readonly database: Database) {}

  async getOrCreate(name: string, candidate: string, at: string): Promise<string> {
    this.database.prepare('INSERT OR IGNORE INTO server_secrets (name, value, created_at) VALUES (?, ?, ?)').run(name, candidate, at);
    const row = this.database.prepare<[string], { value: string }>('SELECT value FROM server_secrets WHERE name = ?').get(name);
    if (row === undefined) throw new Error(`server secret ${name} vanished`);
    return row.value;
  }
}
