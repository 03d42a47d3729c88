import type { Database } from 'better-sqlite3';
import type { AuditAppender } from './AuditAppender.ts';
import type { EmailFrequency, NewAuditEntry, NotificationSettings } from '../records.ts';
import { type NotificationSettingsRow, notificationSettingsFromRow } from '../rows/notificationSettingsRows.ts';
import type { NotificationSettingsStore } from '../Store.ts';

export class SqliteNotificationSettingsStore implements NotificationSettingsStore {
  constructor(
    private readonly database: Database,
    private readonly auditAppender: AuditAppender,
  ) {}

  async find(userId: string): Promise<NotificationSettings> {
    const row = this.database.prepare<[string], NotificationSettingsRow>('SELECT email, time_zone FROM notification_settings WHERE user_id = ?').get(userId);
    return notificationSettingsFromRow(row);
  }

  async set(userId: string, settings: NotificationSettings, at: string, entry: NewAuditEntry): Promise<void> {
    this.database
      .transaction(() => {
        this.database
          .prepare(
            `INSERT INTO notification_settings (user_id, email, time_zone, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, time_zone = excluded.time_zone, updated_at = excluded.updated_at`,
          )
          .run(userId, settings.email, settings.timeZone, at);
        this.auditAppender.append(entry);
      })
      .immediate();
  }
}
