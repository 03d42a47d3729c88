import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Store } from '../Store.ts';
import { migrate } from './migrate.ts';
import { AuditAppender } from './AuditAppender.ts';
import { SqliteAuditStore } from './SqliteAuditStore.ts';
import { SqlitePasswordResetStore } from './SqlitePasswordResetStore.ts';
import { SqlitePurposeStore } from './SqlitePurposeStore.ts';
import { SqliteReplyAddressStore } from './SqliteReplyAddressStore.ts';
import { SqliteDocumentStore } from './SqliteDocumentStore.ts';
import { SqliteInvitationStore } from './SqliteInvitationStore.ts';
import { SqliteOrganisationStore } from './SqliteOrganisationStore.ts';
import { SqliteSearchStore } from './SqliteSearchStore.ts';
import { SqliteSecretStore } from './SqliteSecretStore.ts';
import { SqliteSessionStore } from './SqliteSessionStore.ts';
import { SqlitePublicationStore, SqliteSignatureStore } from './SqliteSignatureStore.ts';
import { SqliteStatementStore } from './SqliteStatementStore.ts';
import { SqlitePublicSiteStore } from './SqlitePublicSiteStore.ts';
import { SqliteThreadStore } from './SqliteThreadStore.ts';
import { SqliteVersionStore } from './SqliteVersionStore.ts';
import { SqliteUserStore } from './SqliteUserStore.ts';
import { SqliteWordImportStore } from './SqliteWordImportStore.ts';
import { SqliteConsultationStore } from './SqliteConsultationStore.ts';
import { SqliteCalendarFeedStore } from './SqliteCalendarFeedStore.ts';
import { SqliteNoticeStore } from './SqliteNoticeStore.ts';
import { SqliteMailStore } from './SqliteMailStore.ts';
import { SqliteNotificationSettingsStore } from './SqliteNotificationSettingsStore.ts';

/** Opens (creating if needed) `accord.sqlite` in the data directory and brings its schema up to date. */
export function openSqliteStore(dataDirectory: string, synchronous: 'full' | 'normal' = 'full'): Store {
  fs.mkdirSync(dataDirectory, { recursive: true });
  const database = new BetterSqlite3(path.join(dataDirectory, 'accord.sqlite'));
  database.pragma('journal_mode = WAL');
  // FULL (the default): a commit is on disk before the update is forwarded, even on power loss.
  database.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  migrate(database);
  const auditAppender = new AuditAppender(database);
  return {
    users: new SqliteUserStore(database),
    sessions: new SqliteSessionStore(database),
    organisations: new SqliteOrganisationStore(database, auditAppender),
    invitations: new SqliteInvitationStore(database, auditAppender),
    purpose: new SqlitePurposeStore(database, auditAppender),
    passwordResets: new SqlitePasswordResetStore(database),
    audit: new SqliteAuditStore(database, auditAppender),
    statements: new SqliteStatementStore(database, auditAppender),
    threads: new SqliteThreadStore(database, auditAppender),
    versions: new SqliteVersionStore(database, auditAppender),
    wordImports: new SqliteWordImportStore(database, auditAppender),
    signatures: new SqliteSignatureStore(database, auditAppender),
    publications: new SqlitePublicationStore(database),
    documents: new SqliteDocumentStore(database, auditAppender),
    publicSite: new SqlitePublicSiteStore(database, auditAppender),
    search: new SqliteSearchStore(database),
    secrets: new SqliteSecretStore(database),
    consultations: new SqliteConsultationStore(database, auditAppender),
    calendarFeeds: new SqliteCalendarFeedStore(database),
    notices: new SqliteNoticeStore(database, auditAppender),
    replyAddresses: new SqliteReplyAddressStore(database),
    mail: new SqliteMailStore(database),
    notificationSettings: new SqliteNotificationSettingsStore(database, auditAppender),
    async close() {
      database.close();
    },
  };
}
