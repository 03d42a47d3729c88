/** A statement's own dates, each set as whole days before its consultation's external deadline. */
export const MILESTONE_KINDS = ['commentsClose', 'signOnCloses', 'publication'] as const;

export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Days before the deadline per milestone; null: the statement has no such milestone. */
export type MilestoneOffsets = Record<MilestoneKind, number | null>;

export const NO_MILESTONES: MilestoneOffsets = { commentsClose: null, signOnCloses: null, publication: null };

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  commentsClose: 'Comments close',
  signOnCloses: 'Sign-on closes',
  publication: 'Publication',
};
