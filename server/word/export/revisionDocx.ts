import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Document, Packer, type ICommentOptions } from 'docx';
import { blockParagraphs } from '../../publishing/blockParagraphs.ts';
import { statementDocxStyles } from '../../publishing/statementDocxStyles.ts';
import { xmlLegalText } from '../../publishing/xmlLegalText.ts';
import { markedRuns } from './markedRuns.ts';
import type { WordMarks } from './WordMarks.ts';

/**
 * A statement's text as a Word file with revisions and comments, laid out as the published
 * export lays out its blocks. The title goes in the file's properties, not in its text, and the
 * headings start at Heading 1, so that importing the file back gives the same text.
 */
export function revisionDocx(input: { title: string; document: ProseMirrorNode; marks: WordMarks; comments: ICommentOptions[] }): Promise<Buffer> {
  const file = new Document({
    title: xmlLegalText(input.title),
    // i18n-ignore: the product's name as the file's creator
    creator: 'Accord',
    ...statementDocxStyles,
    ...(input.comments.length > 0 ? { comments: { children: input.comments } } : {}),
    sections: [{ children: blockParagraphs(input.document, markedRuns(input.document, input.marks), { titleAbove: false }) }],
  });
  return Packer.toBuffer(file);
}
