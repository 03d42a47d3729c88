/**
 * Versioned schema changes, applied in order, each in its own transaction. Never edit a released
 * migration: add the next one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
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
];
