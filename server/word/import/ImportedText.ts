/** A run of words with the formatting Accord keeps. */
export interface ImportedInline {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

/** One paragraph of the base text (tracked insertions left out, tracked deletions kept), and what it is. */
export interface ImportedParagraph {
  kind: 'paragraph' | 'heading' | 'quote';
  headingLevel: number;
  list: { kind: 'bullet' | 'ordered'; level: number } | null;
  inlines: ImportedInline[];
}

/** A point in the base text: the index of a paragraph (in reading order) and a character offset in it. */
export interface TextPosition {
  block: number;
  offset: number;
}

/** A range of the base text; `start` equals `end` for an insertion point. */
export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** A reply to a Word comment. */
export interface ImportedReply {
  author: string;
  date: string | null;
  text: string;
}

/** A tracked change, on the base text: the words it deletes (none for an insertion) and the words it inserts. */
export interface ImportedChange {
  kind: 'insertion' | 'deletion' | 'replacement';
  author: string;
  date: string | null;
  range: TextRange;
  /** The deleted words, as the base text has them. */
  deleted: string;
  inserted: string;
  /** A Word comment by its author on exactly this change, first: the suggestion's reason. */
  reason: { date: string | null; text: string } | null;
  /** The other Word comments on exactly this change, and the replies to them all: the suggestion's replies. */
  replies: ImportedReply[];
}

export interface ImportedComment {
  author: string;
  date: string | null;
  text: string;
  range: TextRange;
  /** The words it is on, in the base text. */
  quote: string;
  replies: ImportedReply[];
}

/** Something in the file Accord cannot hold, counted, and where it was. */
export interface DroppedItem {
  what: string;
  count: number;
  where: string;
}
