import type { JSONContent } from '@tiptap/core';
import type { ImportedInline, ImportedParagraph } from './ImportedText.ts';

function textNode(inline: ImportedInline): JSONContent {
  const marks: JSONContent['marks'] = [];
  if (inline.bold) marks.push({ type: 'bold' });
  if (inline.italic) marks.push({ type: 'italic' });
  if (inline.href !== null) marks.push({ type: 'link', attrs: { href: inline.href } });
  return marks.length > 0 ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text };
}

function textBlock(paragraph: ImportedParagraph): JSONContent {
  const content = paragraph.inlines.filter((inline) => inline.text !== '').map(textNode);
  const node: JSONContent = paragraph.kind === 'heading' ? { type: 'heading', attrs: { level: paragraph.headingLevel } } : { type: 'paragraph' };
  if (content.length > 0) node.content = content;
  return node;
}

/**
 * The paragraphs as the editor's JSON (the statement schema): headings, paragraphs, block quotes
 * (consecutive quote paragraphs in one), and lists nested by their Word level. Every paragraph
 * becomes exactly one text block, in the same order, so positions in the base text carry over.
 */
export function editorBlocks(paragraphs: readonly ImportedParagraph[]): JSONContent[] {
  const blocks: JSONContent[] = [];
  let lists: { level: number; kind: 'bullet' | 'ordered'; node: JSONContent }[] = [];
  let quote: JSONContent | null = null;
  for (const paragraph of paragraphs) {
    const block = textBlock(paragraph);
    if (paragraph.kind === 'quote') {
      lists = [];
      if (quote === null) {
        quote = { type: 'blockquote', content: [] };
        blocks.push(quote);
      }
      quote.content!.push(block);
      continue;
    }
    quote = null;
    if (paragraph.list === null || paragraph.kind === 'heading') {
      lists = [];
      blocks.push(block);
      continue;
    }
    const { level, kind } = paragraph.list;
    while (lists.length > 0 && lists.at(-1)!.level > level) lists.pop();
    if (lists.at(-1)?.level === level && lists.at(-1)!.kind !== kind) lists.pop();
    let top = lists.at(-1);
    if (top === undefined || top.level < level) {
      const node: JSONContent = { type: kind === 'bullet' ? 'bulletList' : 'orderedList', content: [] };
      if (top === undefined) blocks.push(node);
      else top.node.content!.at(-1)!.content!.push(node);
      top = { level, kind, node };
      lists.push(top);
    }
    top.node.content!.push({ type: 'listItem', content: [block] });
  }
  return blocks;
}
