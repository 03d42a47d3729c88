import type { SecretStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

export class PgSecretStore implements SecretStore {
  constructor(private readonly db: PgDatabase) {}

  async getOrCreate(name: string, candidate: string, at: string): Promise<string> {
    // ON CONFLICT waits for a concurrent insert of the same name to commit, so the SELECT then sees the winner.
    await this.db.query('INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [name, candidate, at]);
    const [row] = await this.db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [name]);
    if (row === undefined) throw new Error(`server secret ${name} vanished`);
    return row.value;
  }
}
