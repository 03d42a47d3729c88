import type { Store } from '../Store.ts';
import { PgCalendarFeedStore } from './PgCalendarFeedStore.ts';
import { PgConsultationStore } from './PgConsultationStore.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { PgMailStore } from './PgMailStore.ts';
import { PgNoticeStore } from './PgNoticeStore.ts';
import { PgNotificationSettingsStore } from './PgNotificationSettingsStore.ts';
import { PgReplyAddressStore } from './PgReplyAddressStore.ts';

/** The stores that reach people (consultations and their calendar, notices, mail), on PostgreSQL. */
export function reachingStores(
  db: PgDatabase,
): Pick<Store, 'consultations' | 'calendarFeeds' | 'notices' | 'replyAddresses' | 'mail' | 'notificationSettings'> {
  return {
    consultations: new PgConsultationStore(db),
    calendarFeeds: new PgCalendarFeedStore(db),
    notices: new PgNoticeStore(db),
    replyAddresses: new PgReplyAddressStore(db),
    mail: new PgMailStore(db),
    notificationSettings: new PgNotificationSettingsStore(db),
  };
}
