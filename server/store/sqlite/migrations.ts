import type { Database } from 'better-sqlite3';
import { backfillOrganisationSlugs } from './backfillOrganisationSlugs.ts';

/**
 * Versioned schema changes, applied in order, each in its own transaction. Never edit a released
 * migration: add the next one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string; backfill?: (database: Database) => void }[] = [
  {
    version: 1,
    name: 'accounts, organisations, statements and documents',
    sql: `
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('member', 'supporter')),
        country TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('secretariat', 'contact', 'signatory')),
        org_id TEXT REFERENCES organisations(id),
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions(user_id);
      CREATE TABLE purpose_agreements (
        org_id TEXT NOT NULL REFERENCES organisations(id),
        purpose_version INTEGER NOT NULL,
        agreed_by TEXT NOT NULL REFERENCES users(id),
        agreed_at TEXT NOT NULL,
        PRIMARY KEY (org_id, purpose_version)
      );
      CREATE TABLE invitations (
        token_hash TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        org_id TEXT REFERENCES organisations(id),
        role TEXT NOT NULL CHECK (role IN ('secretariat', 'contact', 'signatory')),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT
      );
      CREATE TABLE statements (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('drafting', 'sign-on', 'published', 'withdrawn')),
        fork_of TEXT REFERENCES statements(id),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE statement_drafters (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        added_by TEXT NOT NULL REFERENCES users(id),
        added_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, user_id)
      );
      CREATE TABLE document_snapshots (
        statement_id TEXT PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        state BLOB NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE document_updates (
        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        data BLOB NOT NULL
      );
      CREATE INDEX document_updates_by_statement ON document_updates(statement_id, sequence);
    `,
  },
  {
    version: 2,
    name: 'coalition: removal, session and invitation ids, Statement of Purpose versions, password resets, audit log',
    sql: `
      ALTER TABLE organisations ADD COLUMN removed_at TEXT;
      ALTER TABLE users ADD COLUMN removed_at TEXT;

      ALTER TABLE sessions ADD COLUMN id TEXT;
      ALTER TABLE sessions ADD COLUMN user_agent TEXT;
      ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
      UPDATE sessions SET id = lower(hex(randomblob(16))), last_seen_at = created_at WHERE id IS NULL;
      CREATE UNIQUE INDEX sessions_by_id ON sessions(id);

      ALTER TABLE invitations ADD COLUMN id TEXT;
      ALTER TABLE invitations ADD COLUMN revoked_at TEXT;
      ALTER TABLE invitations ADD COLUMN revoked_by TEXT REFERENCES users(id);
      UPDATE invitations SET id = lower(hex(randomblob(16))) WHERE id IS NULL;
      CREATE UNIQUE INDEX invitations_by_id ON invitations(id);
      CREATE INDEX invitations_by_org ON invitations(org_id);

      CREATE TABLE purpose_versions (
        version INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL
      );
      -- Version 1 is what organisations agreed to before the text was kept in the database.
      INSERT INTO purpose_versions (version, text, created_by, created_at) VALUES (1,
        'The members of this coalition operate parts of the Internet''s shared infrastructure. We work together to explain how that infrastructure works, to speak jointly where our views meet, and to respect each organisation''s freedom to speak for itself. A statement speaks only for the organisations that sign it.',
        NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

      CREATE TABLE password_resets (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );

      CREATE TABLE audit_log (
        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_email TEXT,
        action TEXT NOT NULL,
        subject_type TEXT,
        subject_id TEXT,
        details TEXT NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_action ON audit_log(action, sequence);
      CREATE INDEX audit_log_by_actor ON audit_log(actor_id, sequence);
      -- Append-only in the database itself; the hash chain shows tampering that bypasses this.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
  {
    version: 3,
    name: 'comment threads and suggestions anchored in the text',
    sql: `
      CREATE TABLE threads (
        id TEXT PRIMARY KEY,
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('comment', 'suggestion')),
        anchor_start TEXT NOT NULL,
        anchor_end TEXT NOT NULL,
        quote TEXT NOT NULL,
        replacement TEXT,
        visibility TEXT NOT NULL CHECK (visibility IN ('coalition', 'organisation', 'secretariat')),
        org_id TEXT REFERENCES organisations(id),
        author_id TEXT NOT NULL REFERENCES users(id),
        status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'accepted', 'rejected')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX threads_by_statement ON threads(statement_id, created_at);
      CREATE TABLE thread_comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        author_id TEXT NOT NULL REFERENCES users(id),
        body TEXT NOT NULL,
        mentions TEXT NOT NULL,
        created_at TEXT NOT NULL,
        edited_at TEXT,
        deleted_at TEXT
      );
      CREATE INDEX thread_comments_by_thread ON thread_comments(thread_id, created_at);
      CREATE TABLE thread_events (
        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
        thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('resolved', 'reopened', 'accepted', 'rejected')),
        actor_id TEXT NOT NULL REFERENCES users(id),
        reason TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX thread_events_by_thread ON thread_events(thread_id, sequence);
    `,
  },
  {
    version: 4,
    name: 'statement versions',
    sql: `
      CREATE TABLE statement_versions (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'final')),
        state BLOB NOT NULL,
        content TEXT NOT NULL,
        hash TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, number)
      );
      -- A version's content never changes.
      CREATE TRIGGER statement_versions_immutable BEFORE UPDATE ON statement_versions
        BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
    `,
  },
  {
    version: 5,
    name: 'forks: owning organisation, sharing and lineage',
    sql: `
      ALTER TABLE statements ADD COLUMN owner_org_id TEXT REFERENCES organisations(id);
      ALTER TABLE statements ADD COLUMN shared INTEGER NOT NULL DEFAULT 1;
      CREATE TABLE fork_lineage (
        statement_id TEXT PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        upstream_id TEXT NOT NULL REFERENCES statements(id),
        upstream_version INTEGER,
        forked_by TEXT NOT NULL REFERENCES users(id),
        forked_at TEXT NOT NULL,
        -- The upstream document the fork has merged so far (at first, as it was at fork time):
        -- what "changed upstream since" is measured against, and where the next pull starts.
        pulled_state BLOB NOT NULL,
        pulled_at TEXT NOT NULL
      );
      CREATE INDEX fork_lineage_by_upstream ON fork_lineage(upstream_id);
    `,
  },
  {
    version: 6,
    name: 'sign-on: settings, final version, signatures, publications',
    sql: `
      ALTER TABLE statements ADD COLUMN sign_on_deadline TEXT;
      ALTER TABLE statements ADD COLUMN who_may_sign TEXT NOT NULL DEFAULT 'members'
        CHECK (who_may_sign IN ('members', 'membersAndSupporters'));
      ALTER TABLE statements ADD COLUMN open_after_publication INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE statements ADD COLUMN final_version INTEGER;
      CREATE TABLE signatures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        version_number INTEGER NOT NULL,
        hash TEXT NOT NULL,
        as_category TEXT NOT NULL CHECK (as_category IN ('member', 'supporter')),
        signed_by TEXT NOT NULL REFERENCES users(id),
        signed_at TEXT NOT NULL,
        withdrawn_by TEXT REFERENCES users(id),
        withdrawn_at TEXT
      );
      -- One signature per organisation per final version, whatever races: the database decides.
      CREATE UNIQUE INDEX one_signature_per_organisation ON signatures(statement_id, org_id, version_number)
        WHERE withdrawn_at IS NULL;
      CREATE TABLE publications (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        version_number INTEGER NOT NULL,
        published_by TEXT NOT NULL REFERENCES users(id),
        published_at TEXT NOT NULL,
        withdrawn_at TEXT,
        PRIMARY KEY (statement_id, version_number)
      );
    `,
  },
  {
    version: 7,
    name: 'forks: single upstream changes pulled ahead of the next full pull',
    sql: `
      -- Upstream changes a fork pulled one at a time since its last full pull (and to which text).
      CREATE TABLE fork_change_pulls (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        passage_key TEXT NOT NULL,
        after_text TEXT NOT NULL,
        pulled_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, passage_key)
      );
      -- Text those single pulls inserted as the fork's own items; the next full pull brings the
      -- upstream's own items for the same words and deletes these, so nothing is doubled.
      CREATE TABLE fork_provisional_items (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        client INTEGER NOT NULL,
        clock INTEGER NOT NULL,
        length INTEGER NOT NULL
      );
      CREATE INDEX fork_provisional_items_by_statement ON fork_provisional_items(statement_id);
    `,
  },
  {
    version: 8,
    name: 'publishing: organisation slugs for /p/orgs/<org>/<slug>; the title frozen in each version',
    sql: `
      ALTER TABLE organisations ADD COLUMN slug TEXT;
      -- Null on versions made before this migration: their hash covers the text only, and stays verifiable.
      ALTER TABLE statement_versions ADD COLUMN title TEXT;
    `,
    // SQL cannot make a readable slug from a name; the unique index follows once every row has one.
    backfill: (database) => {
      backfillOrganisationSlugs(database);
      database.exec('CREATE UNIQUE INDEX organisations_by_slug ON organisations(slug)');
    },
  },
  {
    version: 9,
    name: 'sessions: indexes for the expiry and idle sweep',
    sql: `
      -- The sweep runs every minute and closes the sockets of what it deletes: no full scans.
      CREATE INDEX sessions_by_expiry ON sessions(expires_at);
      CREATE INDEX sessions_by_last_seen ON sessions(last_seen_at);
    `,
  },
  {
    version: 10,
    name: 'search: a full text index of titles, text, threads, comments and versions',
    sql: `
      -- One row per searchable text. The store keeps it current: triggers for what SQL holds, and
      -- the live document's text written by the search indexer a moment after its updates are stored.
      CREATE TABLE search_entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('title', 'text', 'thread', 'comment', 'version')),
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        -- The statement, thread or comment id, or '<statement id>:<number>' for a version.
        subject TEXT NOT NULL,
        thread_id TEXT,
        version_number INTEGER,
        body TEXT NOT NULL,
        UNIQUE (kind, subject)
      );
      CREATE INDEX search_entries_by_statement ON search_entries(statement_id);
      CREATE VIRTUAL TABLE search_index USING fts5(
        body, content = 'search_entries', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER search_entries_inserted AFTER INSERT ON search_entries BEGIN
        INSERT INTO search_index (rowid, body) VALUES (NEW.id, NEW.body);
      END;
      CREATE TRIGGER search_entries_deleted AFTER DELETE ON search_entries BEGIN
        INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', OLD.id, OLD.body);
      END;
      CREATE TRIGGER search_entries_updated AFTER UPDATE OF body ON search_entries BEGIN
        INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', OLD.id, OLD.body);
        INSERT INTO search_index (rowid, body) VALUES (NEW.id, NEW.body);
      END;

      CREATE TRIGGER search_statement_created AFTER INSERT ON statements BEGIN
        INSERT INTO search_entries (kind, statement_id, subject, body) VALUES ('title', NEW.id, NEW.id, NEW.title);
        -- A fork starts with its upstream's words; a new statement with none.
        INSERT INTO search_entries (kind, statement_id, subject, body)
          VALUES ('text', NEW.id, NEW.id, coalesce((SELECT body FROM search_entries WHERE kind = 'text' AND subject = NEW.fork_of), ''));
      END;
      CREATE TRIGGER search_statement_renamed AFTER UPDATE OF title ON statements BEGIN
        UPDATE search_entries SET body = NEW.title WHERE kind = 'title' AND subject = NEW.id;
      END;
      CREATE TRIGGER search_thread_created AFTER INSERT ON threads BEGIN
        INSERT INTO search_entries (kind, statement_id, subject, thread_id, body)
          VALUES ('thread', NEW.statement_id, NEW.id, NEW.id, NEW.quote || char(10) || coalesce(NEW.replacement, ''));
      END;
      CREATE TRIGGER search_comment_created AFTER INSERT ON thread_comments WHEN NEW.deleted_at IS NULL BEGIN
        INSERT INTO search_entries (kind, statement_id, subject, thread_id, body)
          VALUES ('comment', (SELECT statement_id FROM threads WHERE id = NEW.thread_id), NEW.id, NEW.thread_id, NEW.body);
      END;
      CREATE TRIGGER search_comment_edited AFTER UPDATE OF body ON thread_comments WHEN NEW.deleted_at IS NULL BEGIN
        UPDATE search_entries SET body = NEW.body WHERE kind = 'comment' AND subject = NEW.id;
      END;
      CREATE TRIGGER search_comment_deleted AFTER UPDATE OF deleted_at ON thread_comments WHEN NEW.deleted_at IS NOT NULL BEGIN
        DELETE FROM search_entries WHERE kind = 'comment' AND subject = NEW.id;
      END;
      CREATE TRIGGER search_version_created AFTER INSERT ON statement_versions BEGIN
        INSERT INTO search_entries (kind, statement_id, subject, version_number, body)
          VALUES ('version', NEW.statement_id, NEW.statement_id || ':' || NEW.number, NEW.number,
            NEW.name || char(10) || coalesce((SELECT group_concat(value, ' ') FROM json_tree(NEW.content) WHERE key = 'text' AND type = 'text'), ''));
      END;

      -- What exists already. Live texts are left to the indexer at start (they need the CRDT).
      INSERT INTO search_entries (kind, statement_id, subject, body) SELECT 'title', id, id, title FROM statements;
      INSERT INTO search_entries (kind, statement_id, subject, thread_id, body)
        SELECT 'thread', statement_id, id, id, quote || char(10) || coalesce(replacement, '') FROM threads;
      INSERT INTO search_entries (kind, statement_id, subject, thread_id, body)
        SELECT 'comment', threads.statement_id, thread_comments.id, thread_comments.thread_id, thread_comments.body
        FROM thread_comments JOIN threads ON threads.id = thread_comments.thread_id WHERE thread_comments.deleted_at IS NULL;
      INSERT INTO search_entries (kind, statement_id, subject, version_number, body)
        SELECT 'version', statement_id, statement_id || ':' || number, number,
          name || char(10) || coalesce((SELECT group_concat(value, ' ') FROM json_tree(content) WHERE key = 'text' AND type = 'text'), '')
        FROM statement_versions;
    `,
  },
  {
    version: 11,
    name: 'sign-on: an organisation declines a final version',
    sql: `
      -- One decision per organisation per final version; signing that version removes it.
      CREATE TABLE signon_declines (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        version_number INTEGER NOT NULL,
        reason TEXT,
        declined_by TEXT NOT NULL REFERENCES users(id),
        declined_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, org_id, version_number)
      );
    `,
  },
  {
    version: 12,
    name: 'audit: entries scoped to one organisation (private forks, organisation-only threads)',
    sql: `
      -- Null for every existing entry, so their hashes (which never included it) still verify.
      ALTER TABLE audit_log ADD COLUMN scope_org_id TEXT;
      CREATE INDEX audit_log_by_scope ON audit_log(scope_org_id, sequence);
    `,
  },
  {
    version: 13,
    name: 'server secrets: keys for signed links (unsubscribe, reply addresses)',
    sql: `
      -- One random value per name, made on first use; every process of one installation shares them.
      CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 14,
    name: 'consultations: external deadlines, their moves, and statements linked to them with milestones',
    sql: `
      CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        url TEXT NOT NULL,
        deadline TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        public INTEGER NOT NULL DEFAULT 0,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Every move of a deadline, numbered from 1 per consultation (the calendar's SEQUENCE).
      CREATE TABLE consultation_moves (
        consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        sequence INTEGER NOT NULL,
        from_deadline TEXT NOT NULL,
        to_deadline TEXT NOT NULL,
        reason TEXT NOT NULL,
        moved_by TEXT NOT NULL REFERENCES users(id),
        moved_at TEXT NOT NULL,
        PRIMARY KEY (consultation_id, sequence)
      );
      -- Kept after unlinking (consultation_id null) so a milestone's revision never goes back.
      CREATE TABLE statement_consultations (
        statement_id TEXT PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        consultation_id TEXT REFERENCES consultations(id),
        comments_close INTEGER,
        sign_on_closes INTEGER,
        publication INTEGER,
        revision INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX statement_consultations_by_consultation ON statement_consultations(consultation_id);
    `,
  },
  {
    version: 15,
    name: 'calendar feeds: one random feed id per user (the URL is it signed with the server secret)',
    sql: `
      CREATE TABLE calendar_feeds (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        feed_id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 17,
    name: 'what needs me: notices derived from the audit log, and the cursor that follows it',
    sql: `
      -- One row per person per thing that needs them; key = audit sequence + recipient + kind (idempotent).
      CREATE TABLE notices (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        sequence INTEGER NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL,
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        thread_id TEXT,
        title TEXT NOT NULL,
        excerpt TEXT,
        due TEXT,
        url TEXT NOT NULL,
        created_at TEXT NOT NULL,
        done_at TEXT,
        resolved_at TEXT
      );
      CREATE INDEX notices_open_by_user ON notices(user_id, created_at) WHERE done_at IS NULL AND resolved_at IS NULL;
      CREATE INDEX notices_open_by_statement ON notices(statement_id, kind) WHERE resolved_at IS NULL;
      -- The last audit entry the notice follower has read: an existing log is not replayed as news.
      CREATE TABLE notice_cursor (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sequence INTEGER NOT NULL
      );
      INSERT INTO notice_cursor (id, sequence) SELECT 1, coalesce(max(sequence), 0) FROM audit_log;
    `,
  },
  {
    version: 18,
    name: 'reply addresses: one signed, revocable address per notification mail',
    sql: `
      -- The id is random; the address carries it with an HMAC signature, so the row alone forges nothing.
      CREATE TABLE reply_addresses (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id),
        mail_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX reply_addresses_by_created ON reply_addresses(created_at);
    `,
  },
  {
    version: 16,
    name: "mail: the durable outgoing queue and each user's e-mail preferences",
    sql: `
      -- A mail is recorded before it is sent; key is unique (enqueueing twice is one mail, one Message-ID).
      CREATE TABLE mail_queue (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        recipient TEXT NOT NULL,
        user_id TEXT,
        subject TEXT NOT NULL,
        text_body TEXT NOT NULL,
        html_body TEXT NOT NULL,
        thread_id TEXT,
        reply_to TEXT,
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        sent_at TEXT
      );
      CREATE INDEX mail_queue_due ON mail_queue(status, next_attempt_at);
      -- No row: immediate, UTC.
      CREATE TABLE notification_settings (
        user_id TEXT PRIMARY KEY REFERENCES users(id),
        email TEXT NOT NULL CHECK (email IN ('immediate', 'daily', 'weekly', 'off')),
        time_zone TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 19,
    name: 'notification mail: which notices went out (immediately or in a digest) and which digest periods are done',
    sql: `
      -- NULL: not yet mailed. mail_outcome: 'mailed', 'digest' or 'skipped' (off, settled, or no longer visible).
      ALTER TABLE notices ADD COLUMN mailed_at TEXT;
      ALTER TABLE notices ADD COLUMN mail_outcome TEXT;
      -- Notices made before mail existed are not news any more.
      UPDATE notices SET mailed_at = created_at, mail_outcome = 'skipped';
      CREATE INDEX notices_unmailed ON notices(user_id, sequence) WHERE mailed_at IS NULL;
      -- One row per user and digest period (the local date of its 08:00): a period is handled once.
      CREATE TABLE digest_periods (
        user_id TEXT NOT NULL REFERENCES users(id),
        period TEXT NOT NULL,
        handled_at TEXT NOT NULL,
        PRIMARY KEY (user_id, period)
      );
    `,
  },
  {
    version: 20,
    name: 'a language per account: the interface, e-mail and public pages in English, French or Spanish',
    sql: `
      -- NULL: follow the browser (and English for mail, which cannot know one).
      ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'fr', 'es'));
    `,
  },
  {
    version: 21,
    name: 'statements: an optional word limit',
    sql: `
      ALTER TABLE statements ADD COLUMN word_limit INTEGER;
    `,
  },
  {
    version: 22,
    name: 'notices: the title as a message key and parameters, rendered in the language of each reader',
    sql: `
      -- JSON {"key": ..., "values": {...}}; NULL on older notices, which keep showing their English title.
      ALTER TABLE notices ADD COLUMN title_message TEXT;
    `,
  },
  {
    version: 23,
    name: 'threads and comments imported from Word: the Word author and date they came with',
    sql: `
      -- JSON {"author", "date"}; NULL for everything written in Accord.
      ALTER TABLE threads ADD COLUMN origin TEXT;
      ALTER TABLE thread_comments ADD COLUMN origin TEXT;
    `,
  },
];
