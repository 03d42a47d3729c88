import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import { LIST_LEVELS } from './statementDocxStyles.ts';
import { textRuns } from './textRuns.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** How the runs of one text block are made: plain for the published export, with revisions for the Word exports. */
export type RunsOf = (textBlock: ProseMirrorNode) => ParagraphChild[];

/**
 * A statement's blocks as Word paragraphs: headings, paragraphs, nested bulleted and numbered
 * lists (the `bullets` and `numbers` numbering of statementDocxStyles), quotes and rules. Headings
 * start at Heading 2 below the title's Heading 1; with `titleAbove: false` (a file whose title is
 * only in its properties) at Heading 1, so that reading the file back gives the same levels.
 */
export function blockParagraphs(node: ProseMirrorNode, runsOf: RunsOf = textRuns, { titleAbove = true }: { titleAbove?: boolean } = {}): Paragraph[] {
  // Each outermost list is its own numbering instance: a second numbered list starts at 1 again
  // instead of carrying on from the first.
  let lists = 0;
  return walk(node, { runsOf, nextList: () => ++lists, headingShift: titleAbove ? 0 : -1 });
}

interface ListPlace {
  reference: string;
  level: number;
  instance: number;
}

interface Walk {
  runsOf: RunsOf;
  nextList: () => number;
  headingShift: number;
}

function walk(node: ProseMirrorNode, context: Walk, list?: ListPlace, quote = false): Paragraph[] {
  const { runsOf, nextList } = context;
  const out: Paragraph[] = [];
  node.forEach((child) => {
    switch (child.type.name) {
      case 'paragraph': {
        // Only an item's first paragraph carries its bullet or number; the others line up under its text.
        const numbered = list !== undefined && (node.type.name !== 'listItem' || node.firstChild === child);
        const placement = numbered ? { numbering: list } : list ? { indent: { left: 720 * (list.level + 1) } } : {};
        out.push(new Paragraph({ children: runsOf(child), spacing: { after: 160 }, ...placement, ...(quote ? { style: 'Quote' } : {}) }));
        break;
      }
      case 'heading':
        // The title is the document's first heading; the statement's headings come after it.
        out.push(
          new Paragraph({ children: runsOf(child), heading: HEADINGS[Math.max(0, Math.min(3, Number(child.attrs.level ?? 1) + context.headingShift))] }),
        );
        break;
      case 'bulletList':
      case 'orderedList': {
        const place: ListPlace = {
          reference: child.type.name === 'bulletList' ? 'bullets' : 'numbers',
          level: list ? Math.min(list.level + 1, LIST_LEVELS - 1) : 0,
          instance: list ? list.instance : nextList(),
        };
        child.forEach((item) => {
          out.push(...walk(item, context, place, quote));
        });
        break;
      }
      case 'blockquote':
        // Word's own Quote style: indented, set apart, and read back as a quote.
        out.push(...walk(child, context, list, true));
        break;
      case 'horizontalRule':
        out.push(new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } } }));
        break;
      default:
        out.push(...walk(child, context, list, quote));
    }
  });
  return out;
}
