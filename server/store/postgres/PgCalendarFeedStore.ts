import type { CalendarFeedStore } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';

/** The PostgreSQL port of SqliteCalendarFeedStore. */
export class PgCalendarFeedStore implements CalendarFeedStore {
  constructor(private readonly database: PgDatabase) {}

  async feedIdOf(userId: string): Promise<string | null> {
    const [row] = await this.database.query<{ feed_id: string }>('SELECT feed_id FROM calendar_feeds WHERE user_id = $1', [userId]);
    return row?.feed_id ?? null;
  }

  async create(userId: string, candidate: string, at: string): Promise<string> {
    // Like INSERT OR IGNORE: a second request for the same user waits for the first, then keeps its feed id.
    await this.database.query('INSERT INTO calendar_feeds (user_id, feed_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, candidate, at]);
    const kept = await this.feedIdOf(userId);
    if (kept === null) throw new Error(`calendar feed of ${userId} vanished`);
    return kept;
  }

  async revoke(userId: string): Promise<boolean> {
    const deleted = await this.database.query('DELETE FROM calendar_feeds WHERE user_id = $1 RETURNING user_id', [userId]);
    return deleted.length > 0;
  }

  async userOf(feedId: string): Promise<string | null> {
    const [row] = await this.database.query<{ user_id: string }>('SELECT user_id FROM calendar_feeds WHERE feed_id = $1', [feedId]);
    return row?.user_id ?? null;
  }
}
