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
  DeclineRecord,
  SearchHit,
  ConsultationRecord,
  ConsultationMoveRecord,
  ConsultationLinkRecord,
  NoticeRecord,
  NoticeResolution,
  ReplyAddressRecord,
  MailStatus,
  QueuedMailRecord,
  NotificationSettings,
  EmailFrequency,
  NoticeMailOutcome,
} from './records.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { MilestoneOffsets } from '../../shared/consultations/milestones.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';

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
  wordImports: WordImportStore;
  signatures: SignatureStore;
  publications: PublicationStore;
  documents: DocumentStore;
  publicSite: PublicSiteStore;
  search: SearchStore;
  secrets: SecretStore;
  consultations: ConsultationStore;
  calendarFeeds: CalendarFeedStore;
  notices: NoticeStore;
  replyAddresses: ReplyAddressStore;
  mail: MailStore;
  notificationSettings: NotificationSettingsStore;
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
  /** null: follow the browser. */
  setLanguage(id: string, language: Language | null): Promise<void>;
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
  /** Deletes sessions past their lifetime (or last used at or before `idleSince`); returns their hashes. */
  deleteExpired(now: string, idleSince?: string): Promise<string[]>;
}

export interface OrganisationStore {
  /** Creates it with a unique slug made from its name, and writes its audit entry, in one transaction. */
  create(organisation: Omit<OrganisationRecord, 'slug'>, audit: NewAuditEntry): Promise<void>;
  /** Removed organisations too. */
  findById(id: string): Promise<OrganisationRecord | null>;
  /** Organisations that have not been removed. */
  list(): Promise<OrganisationRecord[]>;
  update(id: string, changes: Partial<Pick<OrganisationRecord, 'name' | 'kind' | 'category' | 'country'>>, audit: NewAuditEntry): Promise<void>;
  /**
   * Removes the organisation, its contacts (and their sessions) and its open invitations, and writes
   * the audit entry built from the contacts removed, in one transaction; returns their ids.
   */
  remove(id: string, removedBy: string, at: string, audit: (contactsRemoved: string[]) => NewAuditEntry): Promise<string[]>;
  /** Removed organisations too (their publications stay public). */
  findBySlug(slug: string): Promise<OrganisationRecord | null>;
}

export interface InvitationStore {
  create(invitation: InvitationRecord, audit: NewAuditEntry): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  findById(id: string): Promise<InvitationRecord | null>;
  /** Newest first; of one organisation, or secretariat invitations when orgId is null. */
  list(filter: { orgId?: string | null }): Promise<InvitationRecord[]>;
  /** False when it was accepted or revoked already. */
  revoke(id: string, revokedBy: string, at: string, audit: NewAuditEntry): Promise<boolean>;
  /**
   * Marks the invitation used and creates its account (or restores a removed account with that
   * e-mail address) in one transaction; false when the invitation was already used or revoked (so
   * a link races to exactly one account), with the audit entry built from the account's id.
   * Returns the account's id.
   */
  accept(tokenHash: string, user: UserRecord, at: string, audit: (userId: string) => NewAuditEntry): Promise<string | null>;
}

export interface PurposeStore {
  current(): Promise<PurposeVersionRecord>;
  findVersion(version: number): Promise<PurposeVersionRecord | null>;
  /** Adds the next version, with the audit entry built from its number; returns the number. */
  publish(text: string, createdBy: string, at: string, audit: (version: number) => NewAuditEntry): Promise<number>;
  /** Records the organisation's agreement to `version` and its audit entry; false (nothing written) when it had agreed already. */
  agree(orgId: string, version: number, userId: string, at: string, audit: NewAuditEntry): Promise<boolean>;
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
  /**
   * Newest first: entries about these statements (subject type `statement`) with one of these
   * actions, unscoped or scoped to `scopeOrgId` (null: unscoped only).
   */
  aboutStatements(statementIds: readonly string[], actions: readonly string[], scopeOrgId: string | null, limit: number): Promise<AuditEntryRecord[]>;
  /** Oldest first, from `afterSequence`, for verifying the chain page by page. */
  scan(afterSequence: number, limit: number): Promise<AuditEntryRecord[]>;
}

export interface StatementStore {
  /** Creates the statement and its first document content, with its audit entry, in one transaction. */
  create(statement: StatementRecord, initialUpdate: Uint8Array, audit: NewAuditEntry): Promise<void>;
  findById(id: string): Promise<StatementRecord | null>;
  list(): Promise<StatementRecord[]>;
  rename(id: string, title: string, at: string): Promise<void>;
  addDrafter(statementId: string, userId: string, addedBy: string, at: string, audit: NewAuditEntry): Promise<void>;
  /** False (nothing written) when the user was not a drafter of it. */
  removeDrafter(statementId: string, userId: string, audit: NewAuditEntry): Promise<boolean>;
  /** Creates a fork whose document starts as the upstream's (a CRDT copy), with its lineage and audit entry, in one transaction. */
  createFork(statement: StatementRecord, upstreamState: Uint8Array, lineage: LineageRecord, audit: NewAuditEntry): Promise<void>;
  lineage(statementId: string): Promise<LineageRecord | null>;
  /** Forks made directly of a statement. */
  forksOf(statementId: string): Promise<StatementRecord[]>;
  /**
   * A full pull: the fork's document update (if the pull changed its text), the upstream state merged
   * so far, single pulls and provisional items forgotten, and the audit entry, in one transaction.
   * Returns the update's log sequence (null without an update).
   */
  recordPull(statementId: string, pulledState: Uint8Array, at: string, update: DocumentUpdateEntry | null, audit: NewAuditEntry): Promise<number | null>;
  /** One upstream change pulled ahead of the next full pull: its document update, the items it inserted and the audit entry, in one transaction; returns the update's sequence. */
  recordChangePull(pull: ChangePull): Promise<number>;
  changePulls(statementId: string): Promise<{ passageKey: string; afterText: string }[]>;
  provisionalItems(statementId: string): Promise<ItemRange[]>;
  /** With `audit` (sharing by its organisation), the entry is written in the same transaction. */
  setShared(statementId: string, shared: boolean, at: string, audit?: NewAuditEntry): Promise<void>;
  /** Moves the stage only if it is `from` (two secretariat members at once: one wins); false otherwise. */
  moveStage(statementId: string, from: StatementRecord['stage'], to: StatementRecord['stage'], at: string, finalVersion?: number): Promise<boolean>;
  updateSettings(
    statementId: string,
    settings: Partial<Pick<StatementRecord, 'signOnDeadline' | 'whoMaySign' | 'openAfterPublication' | 'wordLimit'>>,
    at: string,
  ): Promise<void>;
  findBySlug(slug: string): Promise<StatementRecord | null>;
  drafterIds(statementId: string): Promise<string[]>;
  /**
   * Freezes: counts the open suggestions and threads the secretariat can decide, and unless they
   * are carried over stops there; else adds the final version, moves drafting → sign-on and
   * appends `audit` (its details completed with the version, hash and carried-over counts), all in
   * one transaction.
   */
  freeze(command: FreezeCommand): Promise<FreezeOutcome>;
  /** sign-on → drafting with its audit entry, in one transaction; false when not in sign-on. */
  reopen(statementId: string, at: string, audit: NewAuditEntry): Promise<boolean>;
  /**
   * sign-on → published with the publication row of the final version read from that same update
   * (never a value read earlier) and its audit entry, in one transaction; the version, or null
   * when not in sign-on.
   */
  publish(statementId: string, publishedBy: string, at: string, audit: NewAuditEntry): Promise<number | null>;
  /** published → withdrawn, the publication marked withdrawn and the audit entry, in one transaction. */
  withdrawPublication(statementId: string, at: string, audit: NewAuditEntry): Promise<boolean>;
  /** Forks owned by an organisation, in any stage (for its quota). */
  countForksOwnedBy(orgId: string): Promise<number>;
  /** Drafter ids of several statements in one query (a page of a list); every id is a key. */
  drafterIdsOf(statementIds: readonly string[]): Promise<Map<string, string[]>>;
}

export interface FreezeCommand {
  statementId: string;
  version: Pick<VersionRecord, 'name' | 'title' | 'state' | 'content' | 'hash' | 'createdBy' | 'createdAt'>;
  /** The secretariat chose to freeze with open items left as they are (recorded in the audit entry). */
  carryOver: boolean;
  at: string;
  audit: NewAuditEntry;
}

export type FreezeOutcome = { kind: 'frozen'; number: number; carriedOver: OpenItems } | { kind: 'not_drafting' } | ({ kind: 'open_items' } & OpenItems);

/** Open suggestions and open comment threads (those the secretariat may see and decide). */
export interface OpenItems {
  suggestions: number;
  threads: number;
}

/** What a sign-on command found when it ran. */
export type SignOnOutcome = 'done' | 'unchanged' | 'closed';

export interface DocumentStore {
  load(statementId: string): Promise<StoredDocument>;
  /**
   * Appends updates of any number of documents in one transaction (one disk sync) and returns
   * each document's newest sequence number.
   */
  append(entries: readonly DocumentUpdateEntry[]): Promise<Map<string, number>>;
  /**
   * `append`, also reporting per document the sequence stored just before the batch (read under the
   * document's log lock; null when none is left, e.g. compacted away). Another process applies the
   * batch directly only when its copy ends at exactly that sequence; otherwise it catches up.
   */
  appendChained(entries: readonly DocumentUpdateEntry[]): Promise<Map<string, ChainedSequences>>;
  /**
   * For a process that fell behind: every update after `sequence`, read at one moment, and the
   * snapshot only when update `sequence` is gone from the log (a compaction may have folded
   * missing ones into it); while it is still there, nothing after it was compacted.
   */
  updatesAfter(statementId: string, sequence: number): Promise<DocumentCatchUp>;
  /** A server command's change to the text, appended with its audit entry in one transaction; returns its sequence. */
  appendCommand(entry: DocumentUpdateEntry, audit: NewAuditEntry): Promise<number>;
  /** Replaces the snapshot and deletes the updates it contains, in one transaction. */
  compact(statementId: string, snapshot: Uint8Array, throughSequence: number): Promise<void>;
}

/** Where a batch of one document's updates sits in its log. */
export interface ChainedSequences {
  previous: number | null;
  last: number;
}

/** What `updatesAfter` reads. */
export interface DocumentCatchUp {
  snapshot: Uint8Array | null;
  updates: { sequence: number; update: Uint8Array }[];
}

export interface ThreadStore {
  /** Creates threads, each with its first comment (absent for a suggestion without a reason), and the audit entries, in one transaction. */
  create(threads: readonly NewThread[], audit: readonly NewAuditEntry[]): Promise<void>;
  findById(id: string): Promise<ThreadRecord | null>;
  /** Oldest first. */
  listForStatement(statementId: string): Promise<ThreadRecord[]>;
  /** Threads of several statements in one query (a page of a list), oldest first. */
  listForStatements(statementIds: readonly string[]): Promise<ThreadRecord[]>;
  commentsOf(threadIds: readonly string[]): Promise<CommentRecord[]>;
  eventsOf(threadIds: readonly string[]): Promise<ThreadEventRecord[]>;
  /** Adds a reply and its audit entry in one transaction. */
  addComment(comment: CommentRecord, audit: NewAuditEntry): Promise<void>;
  findComment(id: string): Promise<CommentRecord | null>;
  editComment(id: string, body: string, at: string): Promise<void>;
  /** Writes the audit entry too, in the same transaction, when the comment was not deleted already. */
  deleteComment(id: string, at: string, audit: NewAuditEntry): Promise<void>;
  /**
   * Moves a thread from one of `from` to `to` and records the event, in one transaction; false
   * when its status was not one of `from` (two drafters deciding at once: one wins).
   */
  decide(id: string, from: readonly ThreadRecord['status'][], to: ThreadRecord['status'], event: ThreadEventRecord, audit: NewAuditEntry): Promise<boolean>;
  /**
   * Accepts an open suggestion: its decision, the document update that makes the change and the audit
   * entry, in one transaction. Returns the update's log sequence, or null (nothing written) when the
   * suggestion was no longer open.
   */
  accept(id: string, event: ThreadEventRecord, update: DocumentUpdateEntry, audit: NewAuditEntry): Promise<number | null>;
}

/** A thread to create, with its first comment. */
export interface NewThread {
  thread: ThreadRecord;
  firstComment: CommentRecord | null;
}

/** Threads a command brings in at once (a Word import): each with its first comment, their replies, and their audit entries. */
export interface NewThreads {
  threads: readonly NewThread[];
  replies: readonly CommentRecord[];
}

/** A new statement made from a Word document, as one command. */
export interface ImportedStatement extends NewThreads {
  statement: StatementRecord;
  initialUpdate: Uint8Array;
  /** Every entry the import writes, in order (the statement's, its threads' and replies', then the import's own). */
  audit: readonly NewAuditEntry[];
}

/** A drafting statement's text replaced from a Word document, as one command. */
export interface ImportedReplacement extends NewThreads {
  /** The text as it was, kept as the statement's next version. */
  version: Omit<VersionRecord, 'number'>;
  /** The change to the live text; null when the file's text is the text already there. */
  update: DocumentUpdateEntry | null;
  /** Every entry the replacement writes, in order, built once the version's number is known. */
  audit: (version: number) => readonly NewAuditEntry[];
}

/**
 * Word imports: everything one import creates lands in one transaction, or nothing does (a file
 * whose last reply cannot be stored leaves no statement, no thread and no audit entry behind).
 */
export interface WordImportStore {
  /** The statement, its first document content, its threads with their first comments, their replies and the audit entries. */
  createStatement(imported: ImportedStatement): Promise<void>;
  /**
   * The version of the text as it was (its number assigned here), the change to the text (only while
   * drafting: TextFrozenError otherwise), the threads, their replies and the audit entries. Returns
   * the version's number and the change's log sequence (null without a change).
   */
  replaceText(replacement: ImportedReplacement): Promise<{ version: number; sequence: number | null }>;
}

export interface VersionStore {
  /**
   * Adds the statement's next version (its number assigned in the same transaction), with the audit
   * entry built from that number when given; returns the number.
   */
  create(version: Omit<VersionRecord, 'number'>, audit?: (number: number) => NewAuditEntry): Promise<number>;
  /** Newest first, without their states. */
  list(statementId: string): Promise<Omit<VersionRecord, 'state' | 'content'>[]>;
  find(statementId: string, number: number): Promise<VersionRecord | null>;
}

/** One upstream change a fork pulled ahead of its next full pull, as one command. */
export interface ChangePull {
  statementId: string;
  passageKey: string;
  /** The passage's upstream text it pulled. */
  afterText: string;
  /** The items it inserted as the fork's own, deleted again by the next full pull. */
  provisional: readonly ItemRange[];
  at: string;
  update: DocumentUpdateEntry;
  audit: NewAuditEntry;
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
  /**
   * Signs with its audit entry in one transaction, only if `versionNumber` is still the statement's
   * final version in sign-on or published ('closed' otherwise); removes the organisation's decline
   * of that version; 'unchanged' when it had signed already.
   */
  recordSignature(signature: SignatureRecord, audit: NewAuditEntry): Promise<SignOnOutcome>;
  /** Withdraws the organisation's signature of that version with its audit entry; 'unchanged' when there was none. */
  recordWithdrawal(statementId: string, orgId: string, versionNumber: number, by: string, at: string, audit: NewAuditEntry): Promise<SignOnOutcome>;
  /**
   * Declines that version, in one transaction with its audit entry: a signature of it is withdrawn
   * first (with `withdrawalAudit`), a second decline replaces the reason; 'closed' when it is no
   * longer the final version in sign-on or published.
   */
  recordDecline(decline: DeclineRecord, audit: NewAuditEntry, withdrawalAudit: NewAuditEntry): Promise<SignOnOutcome>;
  /** Every decline of the statement, of any version. */
  declines(statementId: string): Promise<DeclineRecord[]>;
}

export interface PublicationStore {
  publish(publication: PublicationRecord): Promise<void>;
  /** Newest first. */
  list(statementId: string): Promise<PublicationRecord[]>;
  /** Every published statement's newest publication, newest first. */
  latest(): Promise<PublicationRecord[]>;
  markWithdrawn(statementId: string, at: string): Promise<void>;
}

/** A fork's publication by its own organisation: its final version (title and text) and who published it. */
export interface ForkPublication {
  version: Omit<VersionRecord, 'number'>;
  publishedBy: string;
  at: string;
}

/** What the public site (/p/) needs beyond the other stores. */
export interface PublicSiteStore {
  /**
   * Publishes a fork in one transaction: its final version, the move from drafting to published
   * (shared, final version set), the publication and the audit entry (its details gain `version`,
   * the number assigned). Null, with nothing written, when the fork was no longer being drafted.
   */
  publishFork(publication: ForkPublication, audit: NewAuditEntry): Promise<number | null>;
  /**
   * A digest of everything a public page of one statement (or, for null, of the index and feeds)
   * is made from that can change: publications, withdrawals, signatures, stages, organisations.
   * Public answers are cached under it, so any such change is a new key (and a new render).
   */
  fingerprint(statementId: string | null): Promise<string>;
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

export interface SecretStore {
  /** The secret called `name`, stored as `candidate` if there was none yet (the first process to ask wins). */
  getOrCreate(name: string, candidate: string, at: string): Promise<string>;
}

export interface ConsultationStore {
  create(consultation: ConsultationRecord, audit: NewAuditEntry): Promise<void>;
  findById(id: string): Promise<ConsultationRecord | null>;
  /** Soonest deadline first. */
  list(): Promise<ConsultationRecord[]>;
  /** The deadline's moves, oldest first, with the mover's name. */
  moves(consultationId: string): Promise<ConsultationMoveRecord[]>;
  /** Name, body, link or public flag, with its audit entry, in one transaction; null when absent. */
  update(
    id: string,
    edits: Partial<Pick<ConsultationRecord, 'name' | 'body' | 'url' | 'public'>>,
    at: string,
    audit: NewAuditEntry,
  ): Promise<ConsultationRecord | null>;
  /**
   * Moves the deadline only if it is still `move.from` (two moves at once: one wins), records the move,
   * moves the `signOnDeadline` of every linked statement with a sign-on milestone (`signOnCloseOf`
   * gives its new date) and bumps their milestones' revision, with the audit entry, in one transaction.
   */
  moveDeadline(move: DeadlineMove): Promise<boolean>;
  /** Every statement's link (unlinked ones included: their revision must never go back). */
  links(): Promise<ConsultationLinkRecord[]>;
  linkOf(statementId: string): Promise<ConsultationLinkRecord | null>;
  /**
   * Links (or unlinks, with null) a statement and sets its milestones; `signOnDeadline`, when not
   * undefined, becomes the statement's sign-on deadline; with the audit entry, in one transaction.
   */
  setLink(
    statementId: string,
    consultationId: string | null,
    milestones: MilestoneOffsets,
    signOnDeadline: string | null | undefined,
    at: string,
    audit: NewAuditEntry,
  ): Promise<void>;
}

export interface DeadlineMove {
  consultationId: string;
  from: string;
  to: string;
  reason: string;
  movedBy: string;
  at: string;
  audit: NewAuditEntry;
  /** The sign-on deadline of a statement whose sign-on closes `daysBefore` days before the new deadline. */
  signOnCloseOf(daysBefore: number): string;
}

/** Each user's calendar feed: only a random feed id is kept; the secret URL is that id signed (ServerSecret). */
export interface CalendarFeedStore {
  feedIdOf(userId: string): Promise<string | null>;
  /** Stores `candidate` as the user's feed id unless they have one; returns the one kept. */
  create(userId: string, candidate: string, at: string): Promise<string>;
  /** False when the user had no feed. */
  revoke(userId: string): Promise<boolean>;
  userOf(feedId: string): Promise<string | null>;
}

/** "What needs me": notices the notice follower derives from the audit log. */
export interface NoticeStore {
  /** The sequence of the last audit entry followed. */
  cursor(): Promise<number>;
  /**
   * One batch of the follower, in one transaction: per audit entry in order, its resolutions (of
   * notices made before it) then its notices (INSERT OR IGNORE by key), and the cursor moved to
   * `through`. Returns the notices actually inserted.
   */
  record(batch: readonly NoticeBatchEntry[], through: number): Promise<NoticeRecord[]>;
  /** A user's open notices (neither done nor resolved), newest first. */
  listOpen(userId: string, limit: number): Promise<NoticeRecord[]>;
  /** Marks one of the user's own open notices done, with its audit entry, in one transaction; false (nothing written) when it is not theirs or not open. */
  markDone(userId: string, id: string, at: string, audit: NewAuditEntry): Promise<boolean>;
  /**
   * Notices not mailed yet of users whose preference is `immediate` or `off` (no settings: immediate),
   * oldest first, with that preference.
   */
  unmailedForImmediate(limit: number): Promise<{ notice: NoticeRecord; email: EmailFrequency }[]>;
  /** One user's notices not mailed yet, oldest first. */
  unmailedOf(userId: string): Promise<NoticeRecord[]>;
  /** Marks notices mailed (`mailed`, `digest`) or `skipped`; only those not marked yet. */
  markMailed(ids: readonly string[], at: string, outcome: NoticeMailOutcome): Promise<void>;
  /** Whether the user's digest period (the local date of its 08:00) was handled. */
  digestHandled(userId: string, period: string): Promise<boolean>;
  /** In one transaction: the period handled, and `ids` marked `digest` (those in it) or `skipped` (`skippedIds`). */
  recordDigest(userId: string, period: string, ids: readonly string[], skippedIds: readonly string[], at: string): Promise<void>;
}

/** What one audit entry meant for "What needs me", as the notice follower records it. */
export interface NoticeBatchEntry {
  sequence: number;
  at: string;
  notices: readonly NoticeRecord[];
  resolutions: readonly NoticeResolution[];
}

export interface ReplyAddressStore {
  create(record: ReplyAddressRecord): Promise<void>;
  findById(id: string): Promise<ReplyAddressRecord | null>;
  /** Revokes one address: mail to it is refused from then on. */
  delete(id: string): Promise<void>;
  /** Forgets addresses made before `at` (mail to them is refused anyway); how many there were. */
  deleteCreatedBefore(at: string): Promise<number>;
}

/** The durable mail queue: a mail is recorded here before anything tries to send it. */
export interface MailStore {
  /** Records `mail` (due at once); false, and nothing written, when a mail with its key exists (idempotent). */
  enqueue(mail: OutgoingMail, at: string): Promise<boolean>;
  /** Newest first: at most `limit` mails with an id below `before`, of `status` when given. */
  list(filter: { status?: MailStatus; before?: number; limit: number }): Promise<QueuedMailRecord[]>;
  findById(id: number): Promise<QueuedMailRecord | null>;
  findByKey(key: string): Promise<QueuedMailRecord | null>;
  /** In one transaction: the oldest queued mail due at `now`, marked `sending`; null when none is due. */
  claimNext(now: string): Promise<QueuedMailRecord | null>;
  markSent(id: number, at: string): Promise<void>;
  /** A failed attempt: attempts+1 and the error; queued again at `nextAttemptAt`, or `failed` for good when null. */
  markAttemptFailed(id: number, error: string, nextAttemptAt: string | null): Promise<void>;
  /**
   * Mails left `sending` by a process that stopped mid-send (crash) are queued again; returns how many.
   * Such a mail may have been accepted already: it goes out again with the same Message-ID.
   */
  requeueInterrupted(): Promise<number>;
}

export interface NotificationSettingsStore {
  /** The user's settings; `immediate` and `UTC` when they never chose. */
  find(userId: string): Promise<NotificationSettings>;
  /** Stores the settings and appends `entry` (audit) in one transaction. */
  set(userId: string, settings: NotificationSettings, at: string, entry: NewAuditEntry): Promise<void>;
}
