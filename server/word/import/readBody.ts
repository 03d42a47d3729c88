import type { Element, Node } from '@xmldom/xmldom';
import type { TFunction } from 'i18next';
import { isSafeLinkHref } from '../../../shared/editor/isSafeLinkHref.ts';
import type { DroppedTally } from './DroppedTally.ts';
import type { ImportedInline, ImportedParagraph, TextPosition } from './ImportedText.ts';
import type { Relationship } from './readRelationships.ts';
import { numberingOf, type ParagraphStyle } from './readStyles.ts';
import { attributeNamed, childElements, isWord, wordAttribute, wordChild, wordToggle, wordValue } from './wordXml.ts';

/** A stretch of tracked text inside one paragraph: deleted words (in the base text) or inserted ones (not in it). */
export interface TrackedSegment {
  type: 'deleted' | 'inserted';
  author: string;
  date: string | null;
  block: number;
  /** Where it starts in the paragraph's base text; inserted words take no room there. */
  start: number;
  text: string;
}

export interface BodyContext {
  styleOf: (styleId: string | null) => ParagraphStyle;
  listKindOf: (numId: string, level: number) => 'bullet' | 'ordered' | null;
  relationships: Map<string, Relationship>;
  dropped: DroppedTally;
  /** The reader's language, for what the report lists and for a change with no author. */
  t: TFunction;
  /** The footnote number for a footnote id, in order of first reference. */
  footnoteNumber: (id: string) => number;
}

/** What a comment's range holds: the tracked segments in it, and whether it has words that are not tracked. */
export interface CommentCoverage {
  segments: Set<TrackedSegment>;
  untracked: boolean;
}

export interface BodyText {
  paragraphs: ImportedParagraph[];
  segments: TrackedSegment[];
  commentStarts: Map<string, TextPosition>;
  commentEnds: Map<string, TextPosition>;
  commentCoverage: Map<string, CommentCoverage>;
}

interface RunState {
  tracked: { type: 'deleted' | 'inserted'; author: string; date: string | null } | null;
  href: string | null;
}

const MATH_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Elements that only wrap paragraph content: their children are read as if they were not there. */
const WRAPPERS = ['smartTag', 'customXml', 'dir', 'bdo', 'sdtContent'];
/** Elements that carry no words. */
const SILENT = [
  'pPr',
  'rPr',
  'bookmarkStart',
  'bookmarkEnd',
  'proofErr',
  'permStart',
  'permEnd',
  'commentReference',
  'lastRenderedPageBreak',
  'sdtPr',
  'sdtEndPr',
  'annotationRef',
  'fldData',
  'instrText',
  'softHyphen',
  'separator',
  'continuationSeparator',
  'footnoteRef',
  'endnoteRef',
];

/**
 * Reads the paragraphs of a document body as base text (tracked deletions kept, insertions left
 * out and recorded as segments), with where each comment range starts and ends. Tables, images,
 * text boxes, fields and anything else Accord cannot hold are counted in `dropped`.
 */
export function readBody(body: Element, context: BodyContext): BodyText {
  const { t } = context;
  const where = t('word:where.body');
  const unknownAuthor = t('word:imported.unknownAuthor');
  const result: BodyText = { paragraphs: [], segments: [], commentStarts: new Map(), commentEnds: new Map(), commentCoverage: new Map() };
  const openComments = new Set<CommentCoverage>();
  const readBlocks = (parent: Node) => {
    for (const element of childElements(parent)) {
      if (isWord(element, 'p')) readParagraph(element);
      else if (isWord(element, 'tbl')) context.dropped.add(t('word:dropped.table'), where);
      else if (isWord(element, 'sdt')) readBlocks(wordChild(element, 'sdtContent') ?? element);
      else if (isWord(element, 'customXml')) readBlocks(element);
      else if (isWord(element, 'altChunk')) context.dropped.add(t('word:dropped.embeddedDocument'), where);
      else if (isWord(element, 'commentRangeStart') || isWord(element, 'commentRangeEnd')) markComment(element, result.paragraphs.length, 0);
      else if (!isWord(element, 'sectPr') && !isWord(element, 'bookmarkStart') && !isWord(element, 'bookmarkEnd') && (element.textContent ?? '').trim() !== '')
        context.dropped.add(t('word:dropped.unsupported', { element: element.localName }), where);
    }
  };

  const markComment = (element: Element, block: number, offset: number) => {
    const id = wordAttribute(element, 'id');
    if (id === null) return;
    const starts = isWord(element, 'commentRangeStart');
    (starts ? result.commentStarts : result.commentEnds).set(id, { block, offset });
    if (starts) {
      const coverage: CommentCoverage = { segments: new Set(), untracked: false };
      result.commentCoverage.set(id, coverage);
      openComments.add(coverage);
    } else {
      const coverage = result.commentCoverage.get(id);
      if (coverage !== undefined) openComments.delete(coverage);
    }
  };

  const readParagraph = (paragraph: Element) => {
    const properties = wordChild(paragraph, 'pPr');
    const style = context.styleOf(properties === undefined ? null : wordValue(properties, 'pStyle'));
    const outline = properties === undefined ? null : wordValue(properties, 'outlineLvl');
    const directLevel = outline !== null && Number(outline) < 9 ? Number(outline) + 1 : null;
    const numbering = (properties === undefined ? null : numberingOf(properties)) ?? style.numbering;
    const listKind = numbering === null ? null : context.listKindOf(numbering.numId, numbering.level);
    const headingLevel = directLevel ?? style.headingLevel;
    const markProperties = properties === undefined ? undefined : wordChild(properties, 'rPr');
    if (markProperties !== undefined && (wordChild(markProperties, 'ins') !== undefined || wordChild(markProperties, 'del') !== undefined)) {
      context.dropped.add(t('word:dropped.paragraphBreak'), where);
    }
    const block = result.paragraphs.length;
    const imported: ImportedParagraph = {
      kind: headingLevel !== null ? 'heading' : style.quote ? 'quote' : 'paragraph',
      headingLevel: Math.min(Math.max(headingLevel ?? 1, 1), 3),
      list: headingLevel === null && listKind !== null && numbering !== null ? { kind: listKind, level: numbering.level } : null,
      inlines: [],
    };
    result.paragraphs.push(imported);
    let offset = 0;
    // The segment these words belong to: the last one when they carry it on, else a new one.
    const trackText = (text: string, tracked: NonNullable<RunState['tracked']>): TrackedSegment => {
      const last = result.segments.at(-1);
      const carriesOn =
        last?.type === tracked.type &&
        last.block === block &&
        last.author === tracked.author &&
        (tracked.type === 'inserted' ? last.start === offset : last.start + last.text.length === offset);
      if (carriesOn) {
        last.text += text;
        return last;
      }
      const segment = { ...tracked, block, start: offset, text };
      result.segments.push(segment);
      return segment;
    };
    const append = (text: string, run: { bold: boolean; italic: boolean }, state: RunState) => {
      if (text === '') return;
      const tracked = state.tracked === null ? null : trackText(text, state.tracked);
      for (const coverage of openComments) {
        if (tracked === null) coverage.untracked = true;
        else coverage.segments.add(tracked);
      }
      if (state.tracked?.type === 'inserted') return;
      const previous = imported.inlines.at(-1);
      if (previous !== undefined && previous.bold === run.bold && previous.italic === run.italic && previous.href === state.href) previous.text += text;
      else imported.inlines.push({ text, bold: run.bold, italic: run.italic, href: state.href } satisfies ImportedInline);
      offset += text.length;
    };

    const readRun = (run: Element, state: RunState) => {
      const runProperties = wordChild(run, 'rPr');
      const formatting = { bold: wordToggle(runProperties, 'b') ?? false, italic: wordToggle(runProperties, 'i') ?? false };
      if (runProperties !== undefined && wordChild(runProperties, 'rPrChange') !== undefined) context.dropped.add(t('word:dropped.formattingChange'), where);
      for (const child of childElements(run)) {
        if (isWord(child, 't') || isWord(child, 'delText')) append(child.textContent ?? '', formatting, state);
        else if (isWord(child, 'tab') || isWord(child, 'ptab')) append(' ', formatting, state);
        else if (isWord(child, 'br') || isWord(child, 'cr')) {
          if (wordAttribute(child, 'type') !== 'page' && wordAttribute(child, 'type') !== 'column') append(' ', formatting, state);
        } else if (isWord(child, 'noBreakHyphen')) append('-', formatting, state);
        else if (isWord(child, 'footnoteReference')) append(`[${context.footnoteNumber(wordAttribute(child, 'id') ?? '')}]`, formatting, state);
        else if (isWord(child, 'endnoteReference')) context.dropped.add(t('word:dropped.endnote'), where);
        else if (isWord(child, 'drawing')) context.dropped.add(drawingKind(child, t), where);
        else if (isWord(child, 'pict') || isWord(child, 'object')) context.dropped.add(drawingKind(child, t), where);
        else if (child.namespaceURI === MARKUP_COMPATIBILITY && child.localName === 'AlternateContent') context.dropped.add(drawingKind(child, t), where);
        else if (isWord(child, 'fldChar')) {
          if (wordAttribute(child, 'fldCharType') === 'begin') context.dropped.add(t('word:dropped.field'), where);
        } else if (isWord(child, 'sym')) context.dropped.add(t('word:dropped.symbol'), where);
        else if (!SILENT.some((name) => isWord(child, name)) && (child.textContent ?? '').trim() !== '') {
          context.dropped.add(t('word:dropped.unsupported', { element: child.localName }), where);
        }
      }
    };

    const readInline = (parent: Element, state: RunState) => {
      for (const child of childElements(parent)) {
        if (isWord(child, 'r')) readRun(child, state);
        else if (isWord(child, 'ins') || isWord(child, 'moveTo')) readInline(child, { ...state, tracked: trackedOf(child, 'inserted', unknownAuthor) });
        else if (isWord(child, 'del') || isWord(child, 'moveFrom')) readInline(child, { ...state, tracked: trackedOf(child, 'deleted', unknownAuthor) });
        else if (isWord(child, 'hyperlink')) readInline(child, { ...state, href: hrefOf(child) });
        else if (isWord(child, 'commentRangeStart') || isWord(child, 'commentRangeEnd')) markComment(child, block, offset);
        else if (isWord(child, 'fldSimple')) {
          context.dropped.add(t('word:dropped.field'), where);
          readInline(child, state);
        } else if (isWord(child, 'sdt')) readInline(wordChild(child, 'sdtContent') ?? child, state);
        else if (WRAPPERS.some((name) => isWord(child, name))) readInline(child, state);
        else if (child.namespaceURI === MATH_NAMESPACE) context.dropped.add(t('word:dropped.equation'), where);
        else if (!SILENT.some((name) => isWord(child, name)) && (child.textContent ?? '').trim() !== '') {
          context.dropped.add(t('word:dropped.unsupported', { element: child.localName }), where);
        }
      }
    };

    const hrefOf = (hyperlink: Element): string | null => {
      const id = attributeNamed(hyperlink, 'id');
      const relationship = id === null ? undefined : context.relationships.get(id);
      if (relationship === undefined) {
        if (wordAttribute(hyperlink, 'anchor') !== null) context.dropped.add(t('word:dropped.internalLink'), where);
        return null;
      }
      const target = relationship.target.trim();
      if (!isSafeLinkHref(target)) {
        context.dropped.add(t('word:dropped.unsafeLink'), where);
        return null;
      }
      return target;
    };

    readInline(paragraph, { tracked: null, href: null });
  };

  readBlocks(body);
  return result;
}

function trackedOf(element: Element, type: 'deleted' | 'inserted', unknownAuthor: string): RunState['tracked'] {
  return { type, author: wordAttribute(element, 'author') ?? unknownAuthor, date: wordAttribute(element, 'date') };
}

/** What a drawing is, for the report: a text box when it holds text, else an image. */
function drawingKind(element: Element, t: TFunction): string {
  const holdsText = (node: Node): boolean =>
    childElements(node).some((child) => child.localName === 'txbxContent' || child.localName === 'textbox' || holdsText(child));
  if (holdsText(element)) return t('word:dropped.textBox');
  if (isWord(element, 'object')) return t('word:dropped.embeddedObject');
  return t('word:dropped.image');
}
