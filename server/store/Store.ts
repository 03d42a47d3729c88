import type {
  DocumentUpdateEntry,
  InvitationRecord,
  OrganisationRecord,
  SessionRecord,
  StatementRecord,
  StoredDocument,
  UserRecord,
} from './records.ts';

/**
 * Everything Accord keeps. SQLite implements it now (server/store/sqlite); PostgreSQL will implement
 * the same interface. Methods are async so a networked database fits without changing callers.
 */
export interface Store {
  users: UserStore;
  sessions: SessionStore;
  organisations: OrganisationStore;
  invitations: InvitationStore;
  statements: StatementStore;
  documents: DocumentStore;
  close(): Promise<void>;
}

export interface UserStore {
  count(): Promise<number>;
  create(user: UserRecord): Promise<void>;
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  list(): Promise<UserRecord[]>;
}

export interface SessionStore {
  create(idHash: string, session: SessionRecord): Promise<void>;
  find(idHash: string): Promise<SessionRecord | null>;
  delete(idHash: string): Promise<void>;
  deleteExpired(now: string): Promise<number>;
}

export interface OrganisationStore {
  create(organisation: OrganisationRecord): Promise<void>;
  findById(id: string): Promise<OrganisationRecord | null>;
  list(): Promise<OrganisationRecord[]>;
  recordPurposeAgreement(orgId: string, purposeVersion: number, userId: string, at: string): Promise<void>;
}

export interface InvitationStore {
  create(invitation: InvitationRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  /**
   * Marks the invitation used and creates its account in one transaction; false when the
   * invitation was already used (so a link races to exactly one account).
   */
  accept(tokenHash: string, user: UserRecord, at: string): Promise<boolean>;
}

export interface StatementStore {
  /** Creates the statement and its first document content in one transaction. */
  create(statement: StatementRecord, initialUpdate: Uint8Array): Promise<void>;
  findById(id: string): Promise<StatementRecord | null>;
  list(): Promise<StatementRecord[]>;
  rename(id: string, title: string, at: string): Promise<void>;
  addDrafter(statementId: string, userId: string, addedBy: string, at: string): Promise<void>;
  drafterIds(statementId: string): Promise<string[]>;
}

export interface DocumentStore {
  load(statementId: string): Promise<StoredDocument>;
  /**
   * Appends updates of any number of documents in one transaction (one disk sync) and returns
   * each document's newest sequence number.
   */
  append(entries: readonly DocumentUpdateEntry[]): Promise<Map<string, number>>;
  /** Replaces the snapshot and deletes the updates it contains, in one transaction. */
  compact(statementId: string, snapshot: Uint8Array, throughSequence: number): Promise<void>;
}
