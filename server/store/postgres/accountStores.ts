import type { Store } from '../Store.ts';
import { PgAuditStore } from './PgAuditStore.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { PgInvitationStore } from './PgInvitationStore.ts';
import { PgOrganisationStore } from './PgOrganisationStore.ts';
import { PgPasswordResetStore } from './PgPasswordResetStore.ts';
import { PgPurposeStore } from './PgPurposeStore.ts';
import { PgSecretStore } from './PgSecretStore.ts';
import { PgSessionStore } from './PgSessionStore.ts';
import { PgUserStore } from './PgUserStore.ts';

/** The accounts group of the PostgreSQL store: people, sessions, organisations, purpose, audit and secrets. */
export function accountStores(
  db: PgDatabase,
): Pick<Store, 'users' | 'sessions' | 'organisations' | 'invitations' | 'purpose' | 'passwordResets' | 'audit' | 'secrets'> {
  return {
    users: new PgUserStore(db),
    sessions: new PgSessionStore(db),
    organisations: new PgOrganisationStore(db),
    invitations: new PgInvitationStore(db),
    purpose: new PgPurposeStore(db),
    passwordResets: new PgPasswordResetStore(db),
    audit: new PgAuditStore(db),
    secrets: new PgSecretStore(db),
  };
}
