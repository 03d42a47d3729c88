import type { OrganisationCategory, StatementStage } from '../../shared/api/types.ts';
import type { MilestoneOffsets } from '../../shared/consultations/milestones.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { AccountRole } from '../../shared/permissions/roles.ts';

/** Rows as the store hands them out; every store implementation returns exactly these shapes. */

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: AccountRole;
  orgId: string | null;
  createdAt: string;
  /** Set when the secretariat removed the account; kept so its history still names someone. */
  removedAt: string | null;
  /** The language chosen for the interface, mail and public pages; null: the browser's (English for mail). */
  language: Language | null;
}

export interface SessionRecord {
  /** Public id, shown in the list of one's sessions; the cookie token is known only by its hash. */
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  userAgent: string | null;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: string;
  category: OrganisationCategory;
  country: string;
  createdAt: string;
  removedAt: string | null;
  /** Its public URL name (`/p/orgs/<slug>/…`), unique, given at creation and kept through renames. */
  slug: string;
}

export interface InvitationRecord {
  id: string;
  tokenHash: string;
  email: string;
  orgId: string | null;
  role: AccountRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface PurposeVersionRecord {
  version: number;
  text: string;
  createdBy: string | null;
  createdAt: string;
}

export interface PurposeAgreementRecord {
  orgId: string;
  version: number;
  agreedBy: string;
  agreedAt: string;
}

export interface PasswordResetRecord {
  tokenHash: string;
  userId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** One audit log entry; `hash` chains it to the entry before (server/audit/auditChain.ts). */
export interface AuditEntryRecord {
  sequence: number;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
  /**
   * Set for an entry about something only one organisation may see (its private fork, its
   * organisation-only thread): the secretariat's view and export leave it out. Hashed only when set.
   */
  scopeOrgId: string | null;
  previousHash: string;
  hash: string;
}

export type NewAuditEntry = Omit<AuditEntryRecord, 'sequence' | 'previousHash' | 'hash'>;

export interface AuditFilter {
  action?: string;
  actorId?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  /** Entries with a smaller sequence only (paging backwards from the newest). */
  before?: number;
  limit: number;
  /** Entries scoped to this organisation are included too; when absent, only entries with no scope. */
  scopeOrgId?: string;
}

export interface StatementRecord {
  id: string;
  slug: string;
  title: string;
  stage: StatementStage;
  forkOf: string | null;
  /** A fork's organisation: its contacts edit it. Null for the coalition's own statements. */
  ownerOrgId: string | null;
  /** A fork is private to its organisation until shared; coalition statements are always shared. */
  shared: boolean;
  signOnDeadline: string | null;
  whoMaySign: 'members' | 'membersAndSupporters';
  openAfterPublication: boolean;
  /** The final version organisations sign, from the last freeze. */
  finalVersion: number | null;
  /** At most this many words, as a consultation often caps submissions; null (or absent on a new record): no limit. */
  wordLimit?: number | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A document as stored: its compacted snapshot plus the updates appended after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update read; compaction deletes up to it. */
  lastSequence: number;
}

/** One accepted update of one document, waiting to be appended. */
export interface DocumentUpdateEntry {
  statementId: string;
  update: Uint8Array;
}

export interface ThreadRecord {
  id: string;
  statementId: string;
  kind: 'comment' | 'suggestion';
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  replacement: string | null;
  visibility: 'coalition' | 'organisation' | 'secretariat';
  /** The author's organisation when the thread was opened (what `organisation` visibility means). */
  orgId: string | null;
  authorId: string;
  status: 'open' | 'resolved' | 'accepted' | 'rejected';
  createdAt: string;
  updatedAt: string;
  /** Who wrote it in Word, and when, for a thread imported from a .docx; absent otherwise. */
  origin?: WordOrigin | null;
}

/** The Word author and date of something imported from a .docx (the importing user is its Accord author). */
export interface WordOrigin {
  author: string;
  date: string | null;
}

export interface Mention {
  type: 'user' | 'organisation';
  id: string;
}

export interface CommentRecord {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  mentions: Mention[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  /** Who wrote it in Word, and when, for a comment imported from a .docx; absent otherwise. */
  origin?: WordOrigin | null;
}

export interface ThreadEventRecord {
  threadId: string;
  action: 'resolved' | 'reopened' | 'accepted' | 'rejected';
  actorId: string;
  reason: string | null;
  at: string;
}

/** A named (or final) version of a statement: its encoded state, canonical content and hash, never changed. */
export interface VersionRecord {
  statementId: string;
  number: number;
  name: string;
  kind: 'named' | 'final';
  state: Uint8Array;
  /** RFC 8785 canonical JSON of the document (server/versions/canonicalDocument.ts). */
  content: string;
  hash: string;
  createdBy: string;
  createdAt: string;
  /**
   * The statement's title, frozen with the text and bound by the hash (versionHash). Null on versions
   * made before titles were frozen: their hash covers the text alone.
   */
  title: string | null;
}

/** Where a fork came from, and how much of its upstream it has merged. */
export interface LineageRecord {
  statementId: string;
  upstreamId: string;
  /** The upstream's newest version when it was forked, if it had one. */
  upstreamVersion: number | null;
  forkedBy: string;
  forkedAt: string;
  pulledState: Uint8Array;
  pulledAt: string;
}

export interface SignatureRecord {
  statementId: string;
  orgId: string;
  versionNumber: number;
  hash: string;
  asCategory: 'member' | 'supporter';
  signedBy: string;
  signedAt: string;
  withdrawnBy: string | null;
  withdrawnAt: string | null;
}

export interface PublicationRecord {
  statementId: string;
  versionNumber: number;
  publishedBy: string;
  publishedAt: string;
  withdrawnAt: string | null;
}

/** An organisation's decision not to sign one final version; the reason is for the secretariat only. */
export interface DeclineRecord {
  statementId: string;
  orgId: string;
  versionNumber: number;
  reason: string | null;
  declinedBy: string;
  declinedAt: string;
}

/** One indexed text that matched a search: where it comes from, and its words. */
export interface SearchHit {
  kind: 'title' | 'text' | 'thread' | 'comment' | 'version';
  statementId: string;
  threadId: string | null;
  versionNumber: number | null;
  body: string;
}

/** An external process (a UN or national consultation) whose deadline statements work towards. */
export interface ConsultationRecord {
  id: string;
  name: string;
  /** The external body running it, e.g. "UN CSTD". */
  body: string;
  url: string;
  /** UTC instant. */
  deadline: string;
  /** IANA zone the deadline was set in; milestones are counted in it. */
  timeZone: string;
  /** Listed in the public calendar feed. */
  public: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One move of a consultation's deadline; `sequence` counts the moves from 1. */
export interface ConsultationMoveRecord {
  consultationId: string;
  sequence: number;
  from: string;
  to: string;
  reason: string;
  movedBy: string;
  movedByName: string;
  movedAt: string;
}

/** A statement's consultation (null once unlinked) and its milestones in days before the deadline. */
export interface ConsultationLinkRecord {
  statementId: string;
  consultationId: string | null;
  milestones: MilestoneOffsets;
  /** Grows each time the statement's milestone dates change (a move or a new setting): the feed's SEQUENCE. */
  revision: number;
}

/** What a "What needs me" item is about (`deadline`: a moved consultation deadline). */
export const NOTICE_KINDS = ['reply', 'mention', 'suggestion', 'decision', 'signon', 'reconfirm', 'published', 'deadline'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What a notice's title says, as a message of the `notices` catalogue, so each reader reads it in their language. */
export const NOTICE_MESSAGE_KEYS = ['mention', 'reply', 'suggestion', 'accepted', 'rejected', 'signon', 'reconfirm', 'published', 'deadline'] as const;
export type NoticeMessageKey = (typeof NOTICE_MESSAGE_KEYS)[number];

/**
 * A notice's title as a message key and its parameters (`statement`, and `author`, `excerpt`,
 * `organisation` or `consultation` as the key needs; an empty `author` is someone unknown).
 */
export interface NoticeMessage {
  key: NoticeMessageKey;
  values: Record<string, string>;
}

/** One thing that needs one person, derived from one audit entry. */
export interface NoticeRecord {
  id: string;
  /** `<audit sequence>:<user id>:<kind>`: the same entry never makes the same notice twice. */
  key: string;
  /** The audit entry it came from. */
  sequence: number;
  userId: string;
  kind: NoticeKind;
  statementId: string;
  threadId: string | null;
  /** The title in English as it was made: what a notice made before `message` existed shows. */
  title: string;
  /** The title as a message, rendered in each reader's language; null on notices made before it existed. */
  message: NoticeMessage | null;
  excerpt: string | null;
  due: string | null;
  url: string;
  createdAt: string;
  doneAt: string | null;
  resolvedAt: string | null;
}

/** What became of a notice's mail: sent on its own, in a digest, or not at all. */
export type NoticeMailOutcome = 'mailed' | 'digest' | 'skipped';

/** Open notices (of anyone) that an audit entry settles: every filter given must match. */
export interface NoticeResolution {
  statementId: string;
  kinds: readonly NoticeKind[];
  threadId?: string;
  userIds?: readonly string[];
}

/**
 * The reply address of one notification mail: its random id (the address carries it signed), whose
 * reply it takes and to which thread. Deleting it revokes the address.
 */
export interface ReplyAddressRecord {
  id: string;
  threadId: string;
  userId: string;
  /** The notification mail it was made for (the mail queue's key for it). */
  mailKey: string;
  createdAt: string;
}

export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** One mail of the durable queue (server/mail/MailSender.ts sends it). */
export interface QueuedMailRecord {
  /** Increasing: newest first, and the outbox pages with `before`. */
  id: number;
  key: string;
  to: string;
  userId: string | null;
  subject: string;
  text: string;
  html: string;
  threadId: string | null;
  replyTo: string | null;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
}

export type EmailFrequency = 'immediate' | 'daily' | 'weekly' | 'off';

export interface NotificationSettings {
  email: EmailFrequency;
  /** IANA time zone: digests go out at 08:00 there. */
  timeZone: string;
  /** False while the user never saved settings (the defaults apply; the app shows the browser's zone). */
  chosen?: boolean;
}
