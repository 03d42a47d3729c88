import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { runStyleOf } from './runStyleOf.ts';
import { xmlLegalText } from './xmlLegalText.ts';

/** The runs of one text block (paragraph or heading) of a statement, with their formatting and links. */
export function textRuns(node: ProseMirrorNode): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hardBreak') {
      children.push(new TextRun({ text: '', break: 1 }));
      return;
    }
    if (!child.isText) return;
    const { run: style, link } = runStyleOf(child);
    const run = new TextRun({ text: xmlLegalText(child.text ?? ''), ...style });
    children.push(link !== null ? new ExternalHyperlink({ link, children: [run] }) : run);
  });
  return children;
}
