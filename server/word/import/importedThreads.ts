import * as Y from 'yjs';
import { encodeAnchor } from '../../../shared/comments/encodeAnchor.ts';
import { resolveRange, textBetween } from '../../comments/anchors.ts';
import type { ImportedDocument } from './readDocx.ts';
import type { ImportedReply, TextRange } from './ImportedText.ts';
import { textBlocksOf } from './textBlocksOf.ts';

/** Who wrote a change or comment in Word, and when: kept on the thread Accord makes of it. */
export interface WordOrigin {
  author: string;
  date: string | null;
}

/** A thread to open for a tracked change or a Word comment, anchored in a document holding the imported text. */
export interface ImportedThread {
  kind: 'comment' | 'suggestion';
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  replacement: string | null;
  /** The Word comment's text, or a suggestion's reason; empty for a suggestion without one. */
  body: string;
  origin: WordOrigin;
  /** Who wrote the body in Word, and when. */
  bodyOrigin: WordOrigin;
  replies: ImportedReply[];
}

/**
 * Anchors every tracked change and comment on its words in `doc` (which must hold exactly the
 * imported text), as the editor anchors a selection: the start sticks to the first character,
 * the end to the last one; an insertion is a collapsed range. Each quote is read back from the
 * document and must be the words Word had: a mismatch is a bug, never a wrong thread.
 */
export function importedThreads(doc: Y.Doc, imported: Pick<ImportedDocument, 'changes' | 'comments' | 'paragraphs'>): ImportedThread[] {
  const blocks = textBlocksOf(doc);
  if (blocks.length !== imported.paragraphs.length) throw new Error(`The imported text has ${blocks.length} blocks, not ${imported.paragraphs.length}`);
  const anchor = (range: TextRange) => {
    const start = blocks[range.start.block];
    const end = blocks[range.end.block];
    if (start === null || end === null || start === undefined || end === undefined) throw new Error('An imported range points into an empty paragraph');
    return {
      anchorStart: encodeAnchor(Y.createRelativePositionFromTypeIndex(start, range.start.offset, 0)),
      anchorEnd: encodeAnchor(Y.createRelativePositionFromTypeIndex(end, range.end.offset, -1)),
    };
  };
  const quoted = (anchors: { anchorStart: string; anchorEnd: string }, expected: string) => {
    const resolved = resolveRange(doc, anchors.anchorStart, anchors.anchorEnd);
    const quote = resolved === null ? null : textBetween(doc, resolved);
    if (quote !== expected) throw new Error(`An imported range reads "${quote}", not "${expected}"`);
    return quote;
  };
  const suggestions = imported.changes.map((change): ImportedThread => {
    const anchors = anchor(change.range);
    return {
      kind: 'suggestion',
      ...anchors,
      quote: quoted(anchors, change.deleted),
      replacement: change.inserted,
      body: change.reason?.text ?? '',
      origin: { author: change.author, date: change.date },
      bodyOrigin: { author: change.author, date: change.reason?.date ?? change.date },
      replies: change.replies,
    };
  });
  const comments = imported.comments.map((comment): ImportedThread => {
    const anchors = anchor(comment.range);
    return {
      kind: 'comment',
      ...anchors,
      quote: quoted(anchors, comment.quote),
      replacement: null,
      body: comment.text,
      origin: { author: comment.author, date: comment.date },
      bodyOrigin: { author: comment.author, date: comment.date },
      replies: comment.replies,
    };
  });
  return [...suggestions, ...comments];
}
