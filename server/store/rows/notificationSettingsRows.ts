import type { EmailFrequency, NotificationSettings } from '../records.ts';

/** Until someone chooses: a mail per event, dated in UTC (the client offers the browser's zone instead). */
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = { email: 'immediate', timeZone: 'UTC' };

/** A notification_settings row, as both stores read it. */
export interface NotificationSettingsRow {
  email: EmailFrequency;
  time_zone: string;
}

/** The settings from a row, or the defaults (not chosen) when there is none. */
export function notificationSettingsFromRow(row: NotificationSettingsRow | undefined): NotificationSettings {
  return row ? { email: row.email, timeZone: row.time_zone, chosen: true } : { ...DEFAULT_NOTIFICATION_SETTINGS, chosen: false };
}
