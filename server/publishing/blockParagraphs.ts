import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import { textRuns } from './textRuns.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** How the runs of one text block are made: plain for the published export, with revisions for the Word exports. */
export type RunsOf = (textBlock: ProseMirrorNode) => ParagraphChild[];

/**
 * A statement's blocks as Word paragraphs: headings, paragraphs, nested bulleted and numbered
 * lists (the `bullets` and `numbers` numbering of statementDocxStyles), quotes and rules.
 */
export function blockParagraphs(node: ProseMirrorNode, runsOf: RunsOf = textRuns, list?: { reference: string; level: number }, quote = false): Paragraph[] {
  const out: Paragraph[] = [];
  node.forEach((child) => {
    switch (child.type.name) {
      case 'paragraph':
        out.push(
          new Paragraph({ children: runsOf(child), spacing: { after: 160 }, ...(list ? { numbering: list } : {}), ...(quote ? { style: 'Quote' } : {}) }),
        );
        break;
      case 'heading':
        // The title is the document's first heading; the statement's headings come after it.
        out.push(new Paragraph({ children: runsOf(child), heading: HEADINGS[Math.min(3, Number(child.attrs.level ?? 1))] }));
        break;
      case 'bulletList':
      case 'orderedList':
        child.forEach((item) => {
          out.push(
            ...blockParagraphs(item, runsOf, { reference: child.type.name === 'bulletList' ? 'bullets' : 'numbers', level: list ? list.level + 1 : 0 }, quote),
          );
        });
        break;
      case 'blockquote':
        // Word's own Quote style: indented, set apart, and read back as a quote.
        out.push(...blockParagraphs(child, runsOf, list, true));
        break;
      case 'horizontalRule':
        out.push(new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } } }));
        break;
      default:
        out.push(...blockParagraphs(child, runsOf, list, quote));
    }
  });
  return out;
}
