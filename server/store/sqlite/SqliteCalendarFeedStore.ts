import type { Database } from 'better-sqlite3';
import type { CalendarFeedStore } from '../Store.ts';

export class SqliteCalendarFeedStore implements CalendarFeedStore {
  constructor(private readonly database: Database) {}

  async feedIdOf(userId: string): Promise<string | null> {
    return this.database.prepare<[string], { feed_id: string }>('SELECT feed_id FROM calendar_feeds WHERE user_id = ?').get(userId)?.feed_id ?? null;
  }

  async create(userId: string, candidate: string, at: string): Promise<string> {
    this.database.prepare('INSERT OR IGNORE INTO calendar_feeds (user_id, feed_id, created_at) VALUES (?, ?, ?)').run(userId, candidate, at);
    const kept = await this.feedIdOf(userId);
    if (kept === null) throw new Error(`calendar feed of ${userId} vanished`);
    return kept;
  }

  async revoke(userId: string): Promise<boolean> {
    return this.database.prepare('DELETE FROM calendar_feeds WHERE user_id = ?').run(userId).changes > 0;
  }

  async userOf(feedId: string): Promise<string | null> {
    return this.database.prepare<[string], { user_id: string }>('SELECT user_id FROM calendar_feeds WHERE feed_id = ?').get(feedId)?.user_id ?? null;
  }
}
