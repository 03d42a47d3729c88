import type { EmailFrequency, NewAuditEntry, NotificationSettings } from '../records.ts';
import { type NotificationSettingsRow, notificationSettingsFromRow } from '../rows/notificationSettingsRows.ts';
import type { NotificationSettingsStore } from '../Store.ts';
import { appendAudit } from './PgAuditAppender.ts';
import type { PgDatabase } from './PgDatabase.ts';

/** The PostgreSQL port of SqliteNotificationSettingsStore. */
export class PgNotificationSettingsStore implements NotificationSettingsStore {
  constructor(private readonly database: PgDatabase) {}

  async find(userId: string): Promise<NotificationSettings> {
    const [row] = await this.database.query<NotificationSettingsRow>('SELECT email, time_zone FROM notification_settings WHERE user_id = $1', [userId]);
    return notificationSettingsFromRow(row);
  }

  async set(userId: string, settings: NotificationSettings, at: string, entry: NewAuditEntry): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO notification_settings (user_id, email, time_zone, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, time_zone = excluded.time_zone, updated_at = excluded.updated_at`,
        [userId, settings.email, settings.timeZone, at],
      );
      await appendAudit(tx, entry);
    });
  }
}
