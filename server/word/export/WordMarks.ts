/** Who made a Word revision, and when (ISO 8601). */
export interface WordRevision {
  author: string;
  date: string;
}

/** Whether words are shown struck out (deleted) or underlined (inserted) as a Word revision. */
export type RevisionKind = 'deleted' | 'inserted';

/**
 * What a Word export writes over a statement's text, in ProseMirror positions of that text: its own
 * words shown as revisions (spans), words that are not in it shown at a point (additions: a
 * suggested replacement, or words a later version removed), and comment ranges.
 */
export interface WordMarks {
  spans: { from: number; to: number; kind: RevisionKind; revision: WordRevision }[];
  additions: { at: number; text: string; kind: RevisionKind; revision: WordRevision }[];
  comments: { from: number; to: number; id: number }[];
}
