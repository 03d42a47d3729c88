/**
 * PostgreSQL's versioned schema changes, applied in order by migratePostgres, each in its own
 * transaction. Version 1 is the whole schema the SQLite migrations 1 to 19 built, in PostgreSQL's
 * terms (BYTEA, identity columns, plpgsql triggers, full-text search with tsvector). Never edit a
 * released migration: add the next one.
 */
export const POSTGRES_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'the whole schema: accounts, statements, documents, comments, versions, forks, sign-on, audit, search, consultations, notices, mail',
    sql: `
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('member', 'supporter')),
        country TEXT NOT NULL,
        created_at TEXT NOT NULL,
        removed_at TEXT,
        slug TEXT UNIQUE
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('secretariat', 'contact', 'signatory')),
        org_id TEXT REFERENCES organisations(id),
        created_at TEXT NOT NULL,
        removed_at TEXT
      );
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        id TEXT UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        user_agent TEXT,
        last_seen_at TEXT
      );
      CREATE INDEX sessions_by_user ON sessions(user_id);
      CREATE INDEX sessions_by_expiry ON sessions(expires_at);
      CREATE INDEX sessions_by_last_seen ON sessions(last_seen_at);
      CREATE TABLE purpose_versions (
        version INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL
      );
      -- Version 1 is what organisations agreed to before the text was kept in the database (as SQLite's migration 2).
      INSERT INTO purpose_versions (version, text, created_by, created_at) VALUES (1,
        'The members of this coalition operate parts of the Internet''s shared infrastructure. We work together to explain how that infrastructure works, to speak jointly where our views meet, and to respect each organisation''s freedom to speak for itself. A statement speaks only for the organisations that sign it.',
        NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
      CREATE TABLE purpose_agreements (
        org_id TEXT NOT NULL REFERENCES organisations(id),
        purpose_version INTEGER NOT NULL,
        agreed_by TEXT NOT NULL REFERENCES users(id),
        agreed_at TEXT NOT NULL,
        PRIMARY KEY (org_id, purpose_version)
      );
      CREATE TABLE invitations (
        token_hash TEXT PRIMARY KEY,
        id TEXT UNIQUE,
        email TEXT NOT NULL,
        org_id TEXT REFERENCES organisations(id),
        role TEXT NOT NULL CHECK (role IN ('secretariat', 'contact', 'signatory')),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        revoked_at TEXT,
        revoked_by TEXT REFERENCES users(id)
      );
      CREATE INDEX invitations_by_org ON invitations(org_id);
      CREATE TABLE password_resets (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      -- details is the JSON text as hashed (never JSONB, which would reorder keys).
      CREATE TABLE audit_log (
        sequence BIGINT PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_email TEXT,
        action TEXT NOT NULL,
        subject_type TEXT,
        subject_id TEXT,
        details TEXT NOT NULL,
        scope_org_id TEXT,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_action ON audit_log(action, sequence);
      CREATE INDEX audit_log_by_actor ON audit_log(actor_id, sequence);
      CREATE INDEX audit_log_by_scope ON audit_log(scope_org_id, sequence);
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE statements (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        stage TEXT NOT NULL CHECK (stage IN ('drafting', 'sign-on', 'published', 'withdrawn')),
        fork_of TEXT REFERENCES statements(id),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        owner_org_id TEXT REFERENCES organisations(id),
        shared BOOLEAN NOT NULL DEFAULT TRUE,
        sign_on_deadline TEXT,
        who_may_sign TEXT NOT NULL DEFAULT 'members' CHECK (who_may_sign IN ('members', 'membersAndSupporters')),
        open_after_publication BOOLEAN NOT NULL DEFAULT FALSE,
        final_version INTEGER
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
        state BYTEA NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE document_updates (
        sequence BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        data BYTEA NOT NULL
      );
      CREATE INDEX document_updates_by_statement ON document_updates(statement_id, sequence);
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
        sequence BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('resolved', 'reopened', 'accepted', 'rejected')),
        actor_id TEXT NOT NULL REFERENCES users(id),
        reason TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX thread_events_by_thread ON thread_events(thread_id, sequence);
      CREATE TABLE statement_versions (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'final')),
        state BYTEA NOT NULL,
        content TEXT NOT NULL,
        hash TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        title TEXT,
        PRIMARY KEY (statement_id, number)
      );
      CREATE FUNCTION statement_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'versions are immutable'; END $$;
      CREATE TRIGGER statement_versions_no_update BEFORE UPDATE ON statement_versions
        FOR EACH ROW EXECUTE FUNCTION statement_versions_immutable();
      CREATE TABLE fork_lineage (
        statement_id TEXT PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        upstream_id TEXT NOT NULL REFERENCES statements(id),
        upstream_version INTEGER,
        forked_by TEXT NOT NULL REFERENCES users(id),
        forked_at TEXT NOT NULL,
        pulled_state BYTEA NOT NULL,
        pulled_at TEXT NOT NULL
      );
      CREATE INDEX fork_lineage_by_upstream ON fork_lineage(upstream_id);
      CREATE TABLE fork_change_pulls (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        passage_key TEXT NOT NULL,
        after_text TEXT NOT NULL,
        pulled_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, passage_key)
      );
      CREATE TABLE fork_provisional_items (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        client BIGINT NOT NULL,
        clock BIGINT NOT NULL,
        length BIGINT NOT NULL
      );
      CREATE INDEX fork_provisional_items_by_statement ON fork_provisional_items(statement_id);
      CREATE TABLE signatures (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
      -- One signature per organisation per final version, kept by the database itself.
      CREATE UNIQUE INDEX one_signature_per_organisation ON signatures(statement_id, org_id, version_number) WHERE withdrawn_at IS NULL;
      CREATE TABLE signon_declines (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        org_id TEXT NOT NULL REFERENCES organisations(id),
        version_number INTEGER NOT NULL,
        reason TEXT,
        declined_by TEXT NOT NULL REFERENCES users(id),
        declined_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, org_id, version_number)
      );
      CREATE TABLE publications (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        version_number INTEGER NOT NULL,
        published_by TEXT NOT NULL REFERENCES users(id),
        published_at TEXT NOT NULL,
        withdrawn_at TEXT,
        PRIMARY KEY (statement_id, version_number)
      );

      -- Search: one entry per title, text, thread, comment and version, kept by triggers as in SQLite;
      -- PostgreSQL's own full-text search ('simple' configuration: every language the coalition writes).
      -- search_fold makes its words SQLite's (unicode61, remove_diacritics 2) whatever the cluster's locale:
      -- runs of letters and digits, lower case by ICU, accents removed by decomposition ('Café' and 'cafe'
      -- match, as do 'u1@example.org' and 'example'). Queries fold their words with the same function.
      CREATE FUNCTION search_fold(body TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
        regexp_replace(lower(regexp_replace(normalize(body, NFD) COLLATE "und-x-icu", '[\\u0300-\\u036f]+', '', 'g')), '[^[:alnum:]]+', ' ', 'g');
      CREATE TABLE search_entries (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('title', 'text', 'thread', 'comment', 'version')),
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        subject TEXT NOT NULL,
        thread_id TEXT,
        version_number INTEGER,
        body TEXT NOT NULL,
        words TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', search_fold(body))) STORED,
        UNIQUE (kind, subject)
      );
      CREATE INDEX search_entries_by_statement ON search_entries(statement_id);
      CREATE INDEX search_entries_words ON search_entries USING GIN (words);
      CREATE FUNCTION search_statement_created() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO search_entries (kind, statement_id, subject, body) VALUES ('title', NEW.id, NEW.id, NEW.title);
          -- A fork starts with its upstream's words; a new statement with none.
          INSERT INTO search_entries (kind, statement_id, subject, body)
            VALUES ('text', NEW.id, NEW.id, coalesce((SELECT body FROM search_entries WHERE kind = 'text' AND subject = NEW.fork_of), ''));
          RETURN NEW;
        END $$;
      CREATE TRIGGER search_statement_created AFTER INSERT ON statements FOR EACH ROW EXECUTE FUNCTION search_statement_created();
      CREATE FUNCTION search_statement_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE search_entries SET body = NEW.title WHERE kind = 'title' AND subject = NEW.id;
          RETURN NEW;
        END $$;
      CREATE TRIGGER search_statement_renamed AFTER UPDATE OF title ON statements FOR EACH ROW EXECUTE FUNCTION search_statement_renamed();
      CREATE FUNCTION search_thread_created() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO search_entries (kind, statement_id, subject, thread_id, body)
            VALUES ('thread', NEW.statement_id, NEW.id, NEW.id, NEW.quote || chr(10) || coalesce(NEW.replacement, ''));
          RETURN NEW;
        END $$;
      CREATE TRIGGER search_thread_created AFTER INSERT ON threads FOR EACH ROW EXECUTE FUNCTION search_thread_created();
      CREATE FUNCTION search_comment_created() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.deleted_at IS NULL THEN
            INSERT INTO search_entries (kind, statement_id, subject, thread_id, body)
              VALUES ('comment', (SELECT statement_id FROM threads WHERE id = NEW.thread_id), NEW.id, NEW.thread_id, NEW.body);
          END IF;
          RETURN NEW;
        END $$;
      CREATE TRIGGER search_comment_created AFTER INSERT ON thread_comments FOR EACH ROW EXECUTE FUNCTION search_comment_created();
      CREATE FUNCTION search_comment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.deleted_at IS NOT NULL THEN
            DELETE FROM search_entries WHERE kind = 'comment' AND subject = NEW.id;
          ELSIF NEW.body IS DISTINCT FROM OLD.body THEN
            UPDATE search_entries SET body = NEW.body WHERE kind = 'comment' AND subject = NEW.id;
          END IF;
          RETURN NEW;
        END $$;
      CREATE TRIGGER search_comment_changed AFTER UPDATE OF body, deleted_at ON thread_comments FOR EACH ROW EXECUTE FUNCTION search_comment_changed();
      -- A version's words: every "text" string anywhere in its canonical JSON content.
      CREATE FUNCTION search_version_created() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO search_entries (kind, statement_id, subject, version_number, body)
            VALUES ('version', NEW.statement_id, NEW.statement_id || ':' || NEW.number, NEW.number,
              NEW.name || chr(10) || coalesce((
                SELECT string_agg(value #>> '{}', ' ')
                FROM jsonb_path_query(NEW.content::jsonb, 'strict $.**.text ? (@.type() == "string")') AS value), ''));
          RETURN NEW;
        END $$;
      CREATE TRIGGER search_version_created AFTER INSERT ON statement_versions FOR EACH ROW EXECUTE FUNCTION search_version_created();

      CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        url TEXT NOT NULL,
        deadline TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        public BOOLEAN NOT NULL DEFAULT FALSE,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
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
      -- linked_order: SQLite lists links in rowid order (first linked first, kept by an upsert); so does this.
      CREATE TABLE statement_consultations (
        statement_id TEXT PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
        linked_order BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        consultation_id TEXT REFERENCES consultations(id),
        comments_close INTEGER,
        sign_on_closes INTEGER,
        publication INTEGER,
        revision INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX statement_consultations_by_consultation ON statement_consultations(consultation_id);
      CREATE TABLE calendar_feeds (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        feed_id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE notices (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        sequence BIGINT NOT NULL,
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
        resolved_at TEXT,
        mailed_at TEXT,
        mail_outcome TEXT
      );
      CREATE INDEX notices_open_by_user ON notices(user_id, created_at) WHERE done_at IS NULL AND resolved_at IS NULL;
      CREATE INDEX notices_open_by_statement ON notices(statement_id, kind) WHERE resolved_at IS NULL;
      CREATE INDEX notices_unmailed ON notices(user_id, sequence) WHERE mailed_at IS NULL;
      -- The last audit entry the notice follower has read: an existing log is not replayed as news.
      CREATE TABLE notice_cursor (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sequence BIGINT NOT NULL
      );
      INSERT INTO notice_cursor (id, sequence) SELECT 1, coalesce(max(sequence), 0) FROM audit_log;
      CREATE TABLE digest_periods (
        user_id TEXT NOT NULL REFERENCES users(id),
        period TEXT NOT NULL,
        handled_at TEXT NOT NULL,
        PRIMARY KEY (user_id, period)
      );
      CREATE TABLE reply_addresses (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id),
        mail_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX reply_addresses_by_created ON reply_addresses(created_at);
      CREATE TABLE mail_queue (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
      CREATE TABLE notification_settings (
        user_id TEXT PRIMARY KEY REFERENCES users(id),
        email TEXT NOT NULL CHECK (email IN ('immediate', 'daily', 'weekly', 'off')),
        time_zone TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'a language per account: the interface, e-mail and public pages in English, French or Spanish',
    sql: `
      -- NULL: follow the browser (and English for mail, which cannot know one).
      ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'fr', 'es'));
    `,
  },
  {
    version: 3,
    name: 'statements: an optional word limit',
    sql: `
      ALTER TABLE statements ADD COLUMN word_limit INTEGER;
    `,
  },
  {
    version: 4,
    name: 'notices: the title as a message key and parameters, rendered in the language of each reader',
    sql: `
      -- {"key": ..., "values": {...}}; NULL on older notices, which keep showing their English title.
      ALTER TABLE notices ADD COLUMN title_message TEXT;
    `,
  },
  {
    version: 5,
    name: 'threads and comments imported from Word: the Word author and date they came with',
    sql: `
      -- JSON {"author", "date"}; NULL for everything written in Accord.
      ALTER TABLE threads ADD COLUMN origin TEXT;
      ALTER TABLE thread_comments ADD COLUMN origin TEXT;
    `,
  },
];
