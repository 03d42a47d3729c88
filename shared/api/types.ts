import type { MilestoneKind, MilestoneOffsets } from '../consultations/milestones.ts';
import type { DeadlineWarning } from '../consultations/deadlineWarnings.ts';
import type { ThreadAction } from '../permissions/threadPolicy.ts';
import type { StatementAction } from '../permissions/statementPolicy.ts';
import type { Language } from '../i18n/languages.ts';
import type { AccountRole } from '../permissions/roles.ts';

/** Shapes of the HTTP API's answers (CONTRACT.md). */

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: AccountRole;
  /** Only in GET /api/me: the user's time zone (once they chose one) and e-mail frequency (PUT /api/me/notifications). */
  timeZone?: string;
  notifications?: EmailFrequency;
  /** Only in GET /api/me: the language chosen for the interface, mail and public pages; null: the browser's. */
  language?: Language | null;
}

export type OrganisationCategory = 'member' | 'supporter';

export interface OrganisationView {
  id: string;
  name: string;
  category: OrganisationCategory;
}

export interface MeView {
  user: UserView;
  org: (OrganisationView & { country: string; kind: OrganisationKind }) | null;
  /** The current Statement of Purpose and whether the caller's organisation agreed to it. */
  purpose: { version: number; agreed: boolean };
  /** Actions of the permission matrix the caller holds outside any one statement (to hide the rest). */
  can: string[];
}

export type OrganisationKind = 'ccTLD' | 'gTLD' | 'registrar' | 'RIR' | 'regional' | 'other';

/** An organisation as the secretariat manages it. */
export interface OrganisationDetailView {
  id: string;
  name: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  country: string;
  createdAt: string;
  contactCount: number;
  signatoryCount: number;
  /** The newest Statement of Purpose version the organisation agreed to, with who and when. */
  purpose: { version: number; agreedBy: string | null; agreedAt: string } | null;
}

export interface ContactView {
  id: string;
  email: string;
  name: string;
  role: 'contact' | 'signatory';
  createdAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface InvitationView {
  id: string;
  email: string;
  orgId: string | null;
  role: AccountRole;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
}

export interface AccountView {
  id: string;
  email: string;
  name: string;
  role: AccountRole;
  orgId: string | null;
}

export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

export interface PurposeView {
  version: number;
  text: string;
  createdAt: string;
  /** For a contact: their organisation's agreement to this version, if any. */
  agreement: { agreedBy: string | null; agreedAt: string } | null;
}

export interface AuditEntryView {
  sequence: number;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditPageView {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null at the oldest entry. */
  nextBefore: number | null;
}

export interface AuditVerificationView {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
}

/** A one-time link (invitation or password reset). */
export interface OneTimeLinkView {
  url: string;
  token: string;
}

export type StatementStage = 'drafting' | 'sign-on' | 'published' | 'withdrawn';

export interface StatementView {
  id: string;
  slug: string;
  title: string;
  stage: StatementStage;
  forkOf: string | null;
  /** For a fork: the organisation it belongs to, and whether it is shared with the coalition. */
  ownerOrg: { id: string; name: string; slug: string } | null;
  shared: boolean;
  createdAt: string;
  updatedAt: string;
  drafterIds: string[];
  /** What the caller may do with the text: `write` (drafters, secretariat) or `read`. */
  access: 'write' | 'read';
  /** Everything the statement policy lets the caller do with this statement now: the client shows exactly these. */
  can: StatementAction[];
  /** Comment threads and suggestions the caller may see: open ones, and all. */
  threadCounts: { open: number; total: number };
  /** The final version organisations sign (from the last freeze), if any. */
  finalVersion: { number: number; hash: string } | null;
  settings: SignOnSettingsView;
  /** Whether organisations can sign (or withdraw) right now. */
  signOnOpen: boolean;
  /** At most this many words (a consultation's cap); null: no limit. */
  wordLimit: number | null;
  /** The external consultation it works towards, with the deadline's last move. */
  consultation: StatementConsultationView | null;
  /** Its own dates, counted back from the consultation's deadline (empty without one). */
  milestones: MilestoneView[];
  /** Days before the deadline as set, null where unset (shown to the secretariat's milestone form). */
  milestoneOffsets: MilestoneOffsets;
  /** For the secretariat: dates already past, or fewer than 7 days for members to decide. */
  warnings: DeadlineWarning[];
}

export interface SetupStatusView {
  /** True while no account exists and the one-time setup link is open. */
  setupRequired: boolean;
}

export type ThreadKind = 'comment' | 'suggestion';
export type ThreadStatus = 'open' | 'resolved' | 'accepted' | 'rejected';

export interface PersonView {
  id: string;
  name: string;
  /** Their organisation's name, or null for the secretariat. */
  organisation: string | null;
}

export interface CommentView {
  id: string;
  author: PersonView;
  /** Empty once deleted: the thread keeps its place in the conversation. */
  body: string;
  mentions: { type: 'user' | 'organisation'; id: string; name: string }[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** For a comment imported from Word: who wrote it there, and when (`author` is who imported it). */
  origin?: WordOriginView;
}

/** The Word author and date of a thread or comment imported from a .docx. */
export interface WordOriginView {
  author: string;
  date: string | null;
}

export interface ThreadEventView {
  action: 'resolved' | 'reopened' | 'accepted' | 'rejected';
  by: PersonView;
  reason: string | null;
  at: string;
}

/** A comment thread or suggestion anchored in a statement's text. */
export interface ThreadView {
  id: string;
  statementId: string;
  kind: ThreadKind;
  /** Yjs relative positions (base64), so the anchor follows its words through any edit. */
  anchorStart: string;
  anchorEnd: string;
  /** The words as they were when the thread was opened. */
  quote: string;
  /** For suggestions: the proposed wording. */
  replacement: string | null;
  visibility: 'coalition' | 'organisation' | 'secretariat';
  author: PersonView;
  status: ThreadStatus;
  /** True when the anchored words have all been deleted: shown with its quote, never moved. */
  orphaned: boolean;
  comments: CommentView[];
  events: ThreadEventView[];
  createdAt: string;
  updatedAt: string;
  /** What the thread policy lets the caller do with this thread: the client shows exactly these. */
  can: ThreadAction[];
  /** For a tracked change or comment imported from Word: who made it there, and when. */
  origin?: WordOriginView;
}

/** Someone or some organisation that can be @mentioned (GET /api/mentionable). */
export interface MentionableView {
  type: 'user' | 'organisation';
  id: string;
  name: string;
  organisation: string | null;
}

/** A named or final version of a statement (its content never changes). */
export interface VersionView {
  number: number;
  name: string;
  kind: 'named' | 'final';
  /** SHA-256 of the canonical serialisation of the document. */
  hash: string;
  createdAt: string;
  createdBy: PersonView;
}

export interface VersionContentView extends VersionView {
  /** The text, block by block (paragraphs and headings). */
  blocks: string[];
  /** The canonical document: node types, attributes and marked text (what the hash covers). */
  document: unknown;
}

/** A word-level difference between two versions, or a version and the live text. */
export interface DiffView {
  from: { number: number | null; name: string };
  to: { number: number | null; name: string };
  parts: { kind: 'equal' | 'added' | 'removed'; text: string }[];
  /** Word by word, or (for texts too different to compare word by word) whole paragraphs. */
  level?: 'words' | 'paragraphs';
}

/** What changed upstream since a fork last pulled (GET /api/statements/:id/upstream). */
export interface UpstreamView {
  upstream: { id: string; title: string };
  forkedAt: string;
  /** The upstream's newest version when the fork was made, if it had one. */
  upstreamVersion: number | null;
  pulledAt: string;
  changed: boolean;
  /** Word by word, from the upstream text the fork last merged to the upstream text now. */
  diff: DiffView;
  /** The same, paragraph by paragraph; `key` names the passage for pulling that one change. */
  changes: { key: string; kind: 'added' | 'removed' | 'changed'; before: string; after: string }[];
  /** Set (and `diff.parts` empty) when the two texts are too large to compare: says so in words. */
  diffTooLarge?: string;
}

/** How one fork treated the passages of its upstream. */
export interface LineageForkView {
  id: string;
  title: string;
  ownerOrg: { id: string; name: string; country: string } | null;
  forkedAt: string;
  /** Upstream passages the fork kept word for word, changed, or dropped; and passages of its own. */
  passages: { kept: number; changed: number; dropped: number; added: number };
  forks: LineageForkView[];
}

/** Every shared fork of a statement, as a tree, with which passages travelled furthest. */
export interface LineageView {
  statement: { id: string; title: string };
  forks: LineageForkView[];
  /** The statement's passages in reading order, with how many direct forks kept, changed or dropped each. */
  passages: { text: string; kept: number; changed: number; dropped: number }[];
}

/** A passage the fork changed that can be offered back to its upstream as a suggestion. */
export interface OfferableChangeView {
  key: string;
  before: string;
  after: string;
}

/** An organisation's signature of a statement's final version (CONTRACT: GET /api/statements/:id/signatures). */
export interface SignatureView {
  org: { id: string; name: string; category: OrganisationCategory; country: string };
  /** Whether it signed as a member or is listed as a supporter. */
  as: 'member' | 'supporter';
  hash: string;
  version: number;
  signedBy: string;
  signedAt: string;
}

/** Per organisation, where sign-on stands (the secretariat's tally). */
export interface TallyRowView {
  org: { id: string; name: string; category: OrganisationCategory; country: string };
  status: 'signed' | 'pending-reconfirmation' | 'undecided' | 'declined' | 'withdrawn';
  signedBy: string | null;
  signedAt: string | null;
  /** For pending re-confirmation: the version it signed before. */
  signedVersion: number | null;
  /** Declined: the reason the organisation gave, if any (the tally is the secretariat's only). */
  declineReason?: string | null;
}

export interface SignOnSettingsView {
  signOnDeadline: string | null;
  whoMaySign: 'members' | 'membersAndSupporters';
  openAfterPublication: boolean;
}

/** One match of a search (GET /api/search?q=): in a statement's title or text, a comment thread, or a version's name. */
export interface SearchResultView {
  kind: 'statement' | 'comment' | 'version';
  statementId: string;
  statementTitle: string;
  /** The words around the match. */
  snippet: string;
  threadId?: string;
  versionNumber?: number;
}

/** What publishing a fork would show on the public site (GET /api/statements/:id/fork-publication). */
export interface ForkPublicationPreview {
  /** `/p/orgs/<org>/<slug>` */
  path: string;
  /** "Published by <organisation>; adapted from <coalition statement>, version N; not a coalition statement" */
  label: string;
}

/** What publishing now would cut short (GET /api/statements/:id/publish-check), for the confirmation. */
export interface PublishCheckView {
  finalVersion: number;
  counts: Record<TallyRowView['status'], number>;
  signOnDeadline: string | null;
  openAfterPublication: boolean;
}

/** The caller's organisation's decision on the current final version (GET /api/statements/:id/declines/ours). */
export interface OurDeclineView {
  declined: boolean;
  declinedAt: string | null;
}

export interface DeadlineMoveView {
  from: string;
  to: string;
  reason: string;
  by: { id: string; name: string };
  at: string;
}

export interface StatementConsultationView {
  id: string;
  name: string;
  /** UTC instant. */
  deadline: string;
  timeZone: string;
  lastMove: { from: string; to: string; reason: string; at: string } | null;
}

export interface MilestoneView {
  kind: MilestoneKind;
  daysBefore: number;
  at: string;
}

export interface ConsultationSummaryView {
  id: string;
  name: string;
  body: string;
  url: string;
  deadline: string;
  timeZone: string;
  public: boolean;
  /** How many times the deadline moved. */
  moves: number;
  lastMove: DeadlineMoveView | null;
}

export interface ConsultationView extends ConsultationSummaryView {
  history: DeadlineMoveView[];
  /** Linked statements the caller may read. */
  statements: { id: string; title: string; stage: StatementStage; milestones: MilestoneView[] }[];
  /** For the secretariat (empty for everyone else). */
  warnings: DeadlineWarning[];
  can: { manage: boolean };
}

export interface CalendarFeedView {
  url: string;
}

/** One open item of "What needs me" (GET /api/me/needs), newest first. */
export interface NeedView {
  id: string;
  kind: 'reply' | 'mention' | 'suggestion' | 'decision' | 'signon' | 'reconfirm' | 'published' | 'deadline';
  statementId: string;
  threadId: string | null;
  /** The statement's title, with a short summary for thread items ("Ana replied: …"). */
  title: string;
  /** At most 300 characters of the comment or the passage concerned. */
  excerpt: string | null;
  /** The deadline to decide by (sign-on), or null. */
  due: string | null;
  /** The exact place in the app: the thread, the sign page, the public page. */
  url: string;
  createdAt: string;
}

/** GET /api/me/needs/count */
export interface NeedCountView {
  count: number;
}

export type EmailFrequency = 'immediate' | 'daily' | 'weekly' | 'off';

/** GET/PUT /api/me/notifications */
export interface NotificationSettingsView {
  email: EmailFrequency;
  timeZone: string;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxEntryView {
  id: number;
  key: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** When a queued mail is tried next (after a refusal). */
  nextAttemptAt: string;
}

/** GET /api/admin/outbox: newest first; `nextBefore` pages on (null at the end). */
export interface OutboxPageView {
  entries: OutboxEntryView[];
  nextBefore: number | null;
  /** How mail leaves: written to DATA_DIR/outbox, or sent through an SMTP server (no credentials shown). */
  mode: { kind: 'files'; directory: string } | { kind: 'smtp'; server: string };
  /** The first retry delay; it doubles per attempt, at most an hour; mails are given up after 3 days. */
  retryMs: number;
}
