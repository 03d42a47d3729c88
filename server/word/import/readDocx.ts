import type { JSONContent } from '@tiptap/core';
import type { Document } from '@xmldom/xmldom';
import type { TFunction } from 'i18next';
import type { DocxLimits } from './DocxLimits.ts';
import { invalidDocx } from './DocxError.ts';
import { DroppedTally } from './DroppedTally.ts';
import { editorBlocks } from './editorBlocks.ts';
import type { DroppedItem, ImportedChange, ImportedComment, ImportedParagraph, TextPosition, TextRange } from './ImportedText.ts';
import { parseXmlPart } from './parseXmlPart.ts';
import { type CommentCoverage, readBody } from './readBody.ts';
import { readComments } from './readComments.ts';
import { readFootnotes } from './readFootnotes.ts';
import { readNumbering } from './readNumbering.ts';
import { readRelationships } from './readRelationships.ts';
import { readStyles } from './readStyles.ts';
import { type TrackedChange, trackedChanges } from './trackedChanges.ts';
import { unpackDocx } from './unpackDocx.ts';
import { wordChild } from './wordXml.ts';
import { wordThreads } from './wordThreads.ts';

export interface ImportedDocument {
  /** The base text as the editor's JSON (a `doc`'s content). */
  blocks: JSONContent[];
  /** The base text's paragraphs, in the order of the text blocks in `blocks`. */
  paragraphs: ImportedParagraph[];
  changes: ImportedChange[];
  comments: ImportedComment[];
  dropped: DroppedItem[];
}

const textOf = (paragraph: ImportedParagraph) => paragraph.inlines.map((inline) => inline.text).join('');

/**
 * Reads a .docx: its text as it was before the tracked changes (insertions left out, deletions
 * kept), each tracked change on that text, the comments with their replies on their words, and a
 * count of everything Accord cannot hold, described in `t`'s language (as are the footnotes' heading and
 * the refusals: a 400 or 413 HttpError for a file it refuses).
 */
export function readDocx(bytes: Uint8Array, limits: DocxLimits, t: TFunction): ImportedDocument {
  const files = unpackDocx(bytes, limits, t);
  const part = (name: string): Document | undefined => {
    const content = files.get(name);
    return content === undefined ? undefined : parseXmlPart(name, content, t);
  };
  const document = part('word/document.xml')!;
  const body = wordChild(document.documentElement!, 'body');
  if (body === undefined) throw invalidDocx(t, t('word:refused.noBody'));
  const dropped = new DroppedTally();
  const relationships = readRelationships(part('word/_rels/document.xml.rels'));
  const footnoteOrder: string[] = [];
  const text = readBody(body, {
    styleOf: readStyles(part('word/styles.xml')),
    listKindOf: readNumbering(part('word/numbering.xml')),
    relationships,
    dropped,
    t,
    footnoteNumber: (id) => {
      if (!footnoteOrder.includes(id)) footnoteOrder.push(id);
      return footnoteOrder.indexOf(id) + 1;
    },
  });
  for (const relationship of relationships.values()) {
    if (relationship.type !== 'header' && relationship.type !== 'footer') continue;
    const content = part(`word/${relationship.target.replace(/^\/?word\//, '')}`);
    if (content !== undefined && (content.documentElement?.textContent ?? '').trim() !== '') {
      const where = relationship.type === 'header' ? t('word:dropped.header') : t('word:dropped.footer');
      dropped.add(where, where);
    }
  }
  const paragraphs = text.paragraphs;
  let segments = text.segments;
  // Words inserted into a paragraph that had none have no words to anchor on: they are kept as text, and reported.
  const emptyBefore = new Set(paragraphs.flatMap((paragraph, index) => (textOf(paragraph) === '' ? [index] : [])));
  for (const segment of segments) {
    if (segment.type !== 'inserted' || !emptyBefore.has(segment.block)) continue;
    paragraphs[segment.block]!.inlines.push({ text: segment.text, bold: false, italic: false, href: null });
    dropped.add(t('word:dropped.paragraphInsertion'), t('word:where.body'));
  }
  segments = segments.filter((segment) => !(segment.type === 'inserted' && emptyBefore.has(segment.block)));

  const footnotes = readFootnotes(part('word/footnotes.xml'));
  if (footnoteOrder.length > 0) {
    paragraphs.push({
      kind: 'heading',
      headingLevel: 2,
      list: null,
      inlines: [{ text: t('word:imported.footnotesHeading'), bold: false, italic: false, href: null }],
    });
    footnoteOrder.forEach((id, index) => {
      paragraphs.push({
        kind: 'paragraph',
        headingLevel: 1,
        list: null,
        inlines: [{ text: `[${index + 1}] ${footnotes.get(id) ?? ''}`, bold: false, italic: false, href: null }],
      });
    });
  }

  const changes = trackedChanges(segments);
  const comments: ImportedComment[] = [];
  const extended = part('word/commentsExtended.xml');
  const rangeOf = (id: string) => {
    const start = text.commentStarts.get(id);
    const end = text.commentEnds.get(id);
    return start === undefined || end === undefined ? null : `${start.block}:${start.offset}-${end.block}:${end.offset}`;
  };
  for (const { comment, replies: answers } of wordThreads(
    readComments(part('word/comments.xml'), extended, t('word:imported.unknownAuthor')),
    rangeOf,
    extended !== undefined,
  )) {
    const replies = answers.filter((reply) => reply.text !== '').map((reply) => ({ author: reply.author, date: reply.date, text: reply.text }));
    if (replies.length < answers.length) dropped.add(t('word:dropped.emptyReply'), t('word:where.comments'), answers.length - replies.length);
    // A comment on exactly one change is about it, as Accord exports a suggestion's reason and replies:
    // the first one, by the change's author, is its reason; the others join its replies.
    const change = changeCoveredBy(changes, text.commentCoverage.get(comment.id));
    if (change !== undefined) {
      if (comment.text === '') dropped.add(t('word:dropped.emptyComment'), t('word:where.comments'));
      else if (change.reason === null && change.replies.length === 0 && comment.author === change.author)
        change.reason = { date: comment.date, text: comment.text };
      else change.replies.push({ author: comment.author, date: comment.date, text: comment.text });
      change.replies.push(...replies);
      continue;
    }
    const range = anchorableRange(paragraphs, text.commentStarts.get(comment.id), text.commentEnds.get(comment.id));
    if (range === null) {
      dropped.add(t('word:dropped.commentOnNoWords'), t('word:where.comments'), 1 + replies.length);
      continue;
    }
    comments.push({
      author: comment.author,
      date: comment.date,
      text: comment.text === '' ? t('word:imported.emptyComment') : comment.text,
      range,
      quote: quoteOf(paragraphs, range),
      replies,
    });
  }
  return { blocks: editorBlocks(paragraphs), paragraphs, changes: changes.map(({ change }) => change), comments, dropped: dropped.list() };
}

/** The one tracked change a comment's range holds exactly: all of its words and no others. */
function changeCoveredBy(changes: readonly TrackedChange[], coverage: CommentCoverage | undefined): ImportedChange | undefined {
  if (coverage === undefined || coverage.untracked || coverage.segments.size === 0) return undefined;
  return changes.find(({ segments }) => segments.length === coverage.segments.size && segments.every((segment) => coverage.segments.has(segment)))?.change;
}

/**
 * A comment's range moved onto words: off empty paragraphs and paragraph ends, and a comment on a
 * point widened to the word there (a thread needs words). Null when there are none.
 */
function anchorableRange(paragraphs: readonly ImportedParagraph[], start: TextPosition | undefined, end: TextPosition | undefined): TextRange | null {
  if (start === undefined || end === undefined) return null;
  const lengthOf = (block: number) => (paragraphs[block] === undefined ? 0 : textOf(paragraphs[block]).length);
  let from = { ...start };
  let to = { ...end };
  if (from.block === to.block && from.offset === to.offset) {
    const words = textOf(paragraphs[from.block] ?? { kind: 'paragraph', headingLevel: 1, list: null, inlines: [] });
    const before = words.slice(0, from.offset).search(/\S+\s*$/);
    const after = /^\S*/.exec(words.slice(from.offset))![0].length;
    from = { block: from.block, offset: before === -1 ? from.offset : before };
    to = { block: to.block, offset: from.offset === to.offset ? to.offset + after : to.offset + after };
    if (from.offset === to.offset) return null;
  }
  while (from.block < to.block && from.offset >= lengthOf(from.block)) from = { block: from.block + 1, offset: 0 };
  while (to.block > from.block && to.offset === 0) to = { block: to.block - 1, offset: lengthOf(to.block - 1) };
  if (from.block > to.block || (from.block === to.block && from.offset >= to.offset)) return null;
  return { start: from, end: to };
}

/** The base text of a range, paragraphs joined by a line break (as the server quotes a thread). */
function quoteOf(paragraphs: readonly ImportedParagraph[], range: TextRange): string {
  const parts: string[] = [];
  for (let block = range.start.block; block <= range.end.block; block++) {
    const words = textOf(paragraphs[block]!);
    parts.push(words.slice(block === range.start.block ? range.start.offset : 0, block === range.end.block ? range.end.offset : words.length));
  }
  return parts.join('\n');
}
