import type {
  AuditEntryRecord,
  AuditFilter,
  DocumentUpdateEntry,
  InvitationRecord,
  NewAuditEntry,
  OrganisationRecord,
  PasswordResetRecord,
  PurposeAgreementRecord,
  PurposeVersionRecord,
  SessionRecord,
  StatementRecord,
  StoredDocument,
  CommentRecord,
  ThreadEventRecord,
  ThreadRecord,
  UserRecord,
  VersionRecord,
  LineageRecord,
  PublicationRecord,
  SignatureRecord,
  SearchHit,
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
  purpose: PurposeStore;
  passwordResets: PasswordResetStore;
  audit: AuditStore;
  statements: StatementStore;
  threads: ThreadStore;
  versions: VersionStore;
  signatures: SignatureStore;
  publications: PublicationStore;
  documents: DocumentStore;
  search: SearchStore;
  close(): Promise<void>;
}

export interface UserStore {
  count(): Promise<number>;
  create(user: UserRecord): Promise<void>;
  /** Removed accounts too: their names still label history. */
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  /** Accounts that have not been removed. */
  list(): Promise<UserRecord[]>;
  listByOrganisation(orgId: string): Promise<UserRecord[]>;
  update(id: string, changes: { name?: string; role?: UserRecord['role'] }): Promise<void>;
  /** Marks the account removed and deletes its sessions, in one transaction. */
  remove(id: string, at: string): Promise<void>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
}

export interface SessionStore {
  create(idHash: string, session: SessionRecord): Promise<void>;
  find(idHash: string): Promise<SessionRecord | null>;
  touch(idHash: string, at: string): Promise<void>;
  listForUser(userId: string): Promise<SessionRecord[]>;
  delete(idHash: string): Promise<void>;
  /** Deletes one of a user's sessions by its public id; returns its hash, or null if it was not theirs. */
  deleteById(userId: string, id: string): Promise<string | null>;
  /** Deletes all of a user's sessions but `keepIdHash`; returns the hashes deleted. */
  deleteForUser(userId: string, keepIdHash?: string): Promise<string[]>;
  deleteExpired(now: string): Promise<number>;
}

export interface OrganisationStore {
  create(organisation: OrganisationRecord): Promise<void>;
  /** Removed organisations too. */
  findById(id: string): Promise<OrganisationRecord | null>;
  /** Organisations that have not been removed. */
  list(): Promise<OrganisationRecord[]>;
  update(id: string, changes: Partial<Pick<OrganisationRecord, 'name' | 'kind' | 'category' | 'country'>>): Promise<void>;
  /**
   * Removes the organisation, its contacts (and their sessions) and its open invitations in one
   * transaction; returns the ids of the contacts removed.
   */
  remove(id: string, removedBy: string, at: string): Promise<string[]>;
}

export interface InvitationStore {
  create(invitation: InvitationRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  findById(id: string): Promise<InvitationRecord | null>;
  /** Newest first; of one organisation, or secretariat invitations when orgId is null. */
  list(filter: { orgId?: string | null }): Promise<InvitationRecord[]>;
  /** False when it was accepted or revoked already. */
  revoke(id: string, revokedBy: string, at: string): Promise<boolean>;
  /**
   * Marks the invitation used and creates its account (or restores a removed account with that
   * e-mail address) in one transaction; false when the invitation was already used or revoked (so
   * a link races to exactly one account). Returns the account's id.
   */
  accept(tokenHash: string, user: UserRecord, at: string): Promise<string | null>;
}

export interface PurposeStore {
  current(): Promise<PurposeVersionRecord>;
  findVersion(version: number): Promise<PurposeVersionRecord | null>;
  /** Adds the next version; returns its number. */
  publish(text: string, createdBy: string, at: string): Promise<number>;
  /** Records the organisation's agreement to `version`; false when it had agreed already. */
  agree(orgId: string, version: number, userId: string, at: string): Promise<boolean>;
  agreement(orgId: string, version: number): Promise<PurposeAgreementRecord | null>;
  /** Every organisation's newest agreement. */
  latestAgreements(): Promise<PurposeAgreementRecord[]>;
}

export interface PasswordResetStore {
  create(reset: PasswordResetRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<PasswordResetRecord | null>;
  /**
   * Uses the link once: marks it used, sets the password and ends every session of the account,
   * in one transaction; false when it was used already.
   */
  use(tokenHash: string, passwordHash: string, at: string): Promise<boolean>;
}

export interface AuditStore {
  /**
   * Appends an entry on its own, chained to the newest one (its hash computed inside the same
   * transaction so concurrent appends cannot fork the chain). A command that changes anything
   * passes its entry to its own store method instead, which writes both in one transaction.
   */
  append(entry: NewAuditEntry): Promise<AuditEntryRecord>;
  /** Newest first. */
  find(filter: AuditFilter): Promise<AuditEntryRecord[]>;
  /** Oldest first, from `afterSequence`, for verifying the chain page by page. */
  scan(afterSequence: number, limit: number): Promise<AuditEntryRecord[]>;
}

export interface StatementStore {
  /** Creates the statement and its first document content in one transaction. */
  create(statement: StatementRecord, initialUpdate: Uint8Array): Promise<void>;
  findById(id: string): Promise<StatementRecord | null>;
  list(): Promise<StatementRecord[]>;
  rename(id: string, title: string, at: string): Promise<void>;
  addDrafter(statementId: string, userId: string, addedBy: string, at: string): Promise<void>;
  /** False when the user was not a drafter of it. */
  removeDrafter(statementId: string, userId: string): Promise<boolean>;
  /** Creates a fork whose document starts as the upstream's (a CRDT copy), with its lineage, in one transaction. */
  createFork(statement: StatementRecord, upstreamState: Uint8Array, lineage: LineageRecord): Promise<void>;
  lineage(statementId: string): Promise<LineageRecord | null>;
  /** Forks made directly of a statement. */
  forksOf(statementId: string): Promise<StatementRecord[]>;
  /** A full pull: the upstream state merged so far, with single pulls and provisional items forgotten, in one transaction. */
  recordPull(statementId: string, pulledState: Uint8Array, at: string): Promise<void>;
  /** One upstream change pulled ahead of the next full pull, with the items it inserted. */
  recordChangePull(statementId: string, passageKey: string, afterText: string, provisional: readonly ItemRange[], at: string): Promise<void>;
  changePulls(statementId: string): Promise<{ passageKey: string; afterText: string }[]>;
  provisionalItems(statementId: string): Promise<ItemRange[]>;
  setShared(statementId: string, shared: boolean, at: string): Promise<void>;
  /** Moves the stage only if it is `from` (two secretariat members at once: one wins); false otherwise. */
  moveStage(statementId: string, from: StatementRecord['stage'], to: StatementRecord['stage'], at: string, finalVersion?: number): Promise<boolean>;
  updateSettings(statementId: string, settings: Partial<Pick<StatementRecord, 'signOnDeadline' | 'whoMaySign' | 'openAfterPublication'>>, at: string): Promise<void>;
  findBySlug(slug: string): Promise<StatementRecord | null>;
  drafterIds(statementId: string): Promise<string[]>;
  /** Forks owned by an organisation, in any stage (for its quota). */
  countForksOwnedBy(orgId: string): Promise<number>;
  /** Drafter ids of several statements in one query (a page of a list); every id is a key. */
  drafterIdsOf(statementIds: readonly string[]): Promise<Map<string, string[]>>;
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

export interface ThreadStore {
  /** Creates the thread with its first comment (absent for a suggestion without a reason), in one transaction. */
  create(thread: ThreadRecord, firstComment: CommentRecord | null): Promise<void>;
  findById(id: string): Promise<ThreadRecord | null>;
  /** Oldest first. */
  listForStatement(statementId: string): Promise<ThreadRecord[]>;
  /** Threads of several statements in one query (a page of a list), oldest first. */
  listForStatements(statementIds: readonly string[]): Promise<ThreadRecord[]>;
  commentsOf(threadIds: readonly string[]): Promise<CommentRecord[]>;
  eventsOf(threadIds: readonly string[]): Promise<ThreadEventRecord[]>;
  addComment(comment: CommentRecord): Promise<void>;
  findComment(id: string): Promise<CommentRecord | null>;
  editComment(id: string, body: string, at: string): Promise<void>;
  deleteComment(id: string, at: string): Promise<void>;
  /**
   * Moves a thread from one of `from` to `to` and records the event, in one transaction; false
   * when its status was not one of `from` (two drafters deciding at once: one wins).
   */
  decide(id: string, from: readonly ThreadRecord['status'][], to: ThreadRecord['status'], event: ThreadEventRecord): Promise<boolean>;
}

export interface VersionStore {
  /** Adds the statement's next version (its number assigned in the same transaction); returns the number. */
  create(version: Omit<VersionRecord, 'number'>): Promise<number>;
  /** Newest first, without their states. */
  list(statementId: string): Promise<Omit<VersionRecord, 'state' | 'content'>[]>;
  find(statementId: string, number: number): Promise<VersionRecord | null>;
}

/** A run of Yjs items by one client: clocks [clock, clock + length). */
export interface ItemRange {
  client: number;
  clock: number;
  length: number;
}

export interface SignatureStore {
  /** Records a signature unless the organisation has one for that version already; false then. */
  sign(signature: SignatureRecord): Promise<boolean>;
  /** Withdraws the organisation's signature of that version; false when there was none. */
  withdraw(statementId: string, orgId: string, versionNumber: number, by: string, at: string): Promise<boolean>;
  /** Signatures not withdrawn, of any version, oldest first. */
  active(statementId: string): Promise<SignatureRecord[]>;
  /** Every signature ever made, withdrawn ones too (for dated withdrawals). */
  all(statementId: string): Promise<SignatureRecord[]>;
}

export interface PublicationStore {
  publish(publication: PublicationRecord): Promise<void>;
  /** Newest first. */
  list(statementId: string): Promise<PublicationRecord[]>;
  /** Every published statement's newest publication, newest first. */
  latest(): Promise<PublicationRecord[]>;
  markWithdrawn(statementId: string, at: string): Promise<void>;
}

/**
 * The full text index. Titles, threads, comments and versions are indexed as they are stored;
 * a statement's live text is written by the search indexer shortly after its updates are stored.
 */
export interface SearchStore {
  /** Replaces the indexed words of a statement's live text. */
  indexStatement(statementId: string, text: string): Promise<void>;
  /** Statements whose live text has never been indexed (made before the index existed). */
  unindexedStatements(): Promise<string[]>;
  /**
   * Indexed texts containing every one of `words` (each also as the start of a longer word), best
   * first. Words are plain text: the store escapes them for its query language.
   */
  query(words: readonly string[], page: { limit: number; offset: number }): Promise<SearchHit[]>;
}
