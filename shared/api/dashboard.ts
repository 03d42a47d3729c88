import type { ConsultationSummaryView, NeedView, StatementView } from './types.ts';

/** How many items each dashboard section carries at most; `total` says how many there are in all. */
export const DASHBOARD_LIMITS = { statements: 8, deadlines: 5, needs: 3, activity: 10, tally: 20 } as const;

/** A section of at most a few items, with how many there are in all. */
export interface BoundedList<Item> {
  items: Item[];
  total: number;
}

/** Where the caller's organisation stands on a statement in sign-on (null: not theirs to sign, or the secretariat). */
export type OrganisationSignOn = 'awaiting' | 'signed' | 'declined' | null;

export interface DashboardSignOnStatement {
  statement: StatementView;
  myOrganisation: OrganisationSignOn;
}

/** Something that happened on a statement the caller follows, already in product words (no event codes). */
export type ActivityEvent =
  | 'created'
  | 'renamed'
  | 'drafterAdded'
  | 'openedForSignOn'
  | 'reopened'
  | 'withdrawn'
  | 'versionNamed'
  | 'forked'
  | 'forkShared'
  | 'commented'
  | 'suggested'
  | 'replied'
  | 'resolved'
  | 'suggestionAccepted'
  | 'suggestionRejected'
  | 'signed'
  | 'signatureWithdrawn'
  | 'published'
  | 'consultationLinked'
  | 'settingsChanged';

export interface ActivityView {
  sequence: number;
  at: string;
  event: ActivityEvent;
  /** The person who did it; null for the system or a removed account. */
  actorName: string | null;
  statement: { id: string; title: string };
}

/** Signed / asked for one statement in sign-on: the secretariat's tally at a glance. */
export interface TallySummaryView {
  statement: { id: string; title: string };
  signed: number;
  asked: number;
}

/** GET /api/dashboard: where the caller stands, each section bounded (DASHBOARD_LIMITS). */
export interface DashboardView {
  statements: {
    drafting: BoundedList<StatementView>;
    signOn: BoundedList<DashboardSignOnStatement>;
    published: BoundedList<StatementView>;
  };
  deadlines: ConsultationSummaryView[];
  needs: BoundedList<NeedView>;
  activity: ActivityView[];
  /** The secretariat's sign-on tally of every statement in sign-on; null for everyone else. */
  tally: BoundedList<TallySummaryView> | null;
}
