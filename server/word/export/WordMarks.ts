/** Who made a Word revision, and when (ISO 8601). */
export interface WordRevision {
  author: string;
  date: string;
}

/** Whether words are shown struck out (deleted) or underlined (inserted) as a Word revision. */
export type RevisionKind = 'deleted' | 'inserted';

/** Words that are not in the text, shown at a point as a revision. */
export interface WordAddition {
  at: number;
  text: string;
  kind: RevisionKind;
  revision: WordRevision;
  /**
   * Comments (of `comments`, by id) on the whole revision these words end, as Word anchors a
   * suggestion's reason: they close just after these words, and open just before them when the
   * revision has no words of the text.
   */
  commentIds?: readonly number[];
}

/**
 * What a Word export writes over a statement's text, in ProseMirror positions of that text: its own
 * words shown as revisions (spans), words that are not in it shown at a point (additions: a
 * suggested replacement, or words a later version removed), and comment ranges.
 */
export interface WordMarks {
  spans: { from: number; to: number; kind: RevisionKind; revision: WordRevision }[];
  additions: WordAddition[];
  comments: { from: number; to: number; id: number }[];
}
