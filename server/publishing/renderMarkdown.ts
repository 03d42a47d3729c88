import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isSafeLinkHref } from '../../shared/editor/isSafeLinkHref.ts';

/** Characters Markdown would read as syntax, escaped so people's words stay words. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`);
}

function inline(node: ProseMirrorNode): string {
  if (node.type.name === 'hardBreak') return '  \n';
  if (!node.isText) return '';
  let text = escapeMarkdown(node.text ?? '');
  for (const mark of node.marks) {
    if (mark.type.name === 'bold') text = `**${text}**`;
    else if (mark.type.name === 'italic') text = `*${text}*`;
    else if (mark.type.name === 'strike') text = `~~${text}~~`;
    else if (mark.type.name === 'link') {
      const href = String(mark.attrs.href ?? '');
      if (isSafeLinkHref(href)) text = `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
    }
  }
  return text;
}

function inlines(node: ProseMirrorNode): string {
  let text = '';
  node.forEach((child) => {
    text += inline(child);
  });
  return text;
}

function block(node: ProseMirrorNode, prefix = ''): string {
  switch (node.type.name) {
    case 'paragraph':
      return `${prefix}${inlines(node)}\n`;
    case 'heading':
      return `${'#'.repeat(Math.min(6, Number(node.attrs.level ?? 1) + 1))} ${inlines(node)}\n`;
    case 'horizontalRule':
      return '---\n';
    case 'blockquote': {
      const lines: string[] = [];
      node.forEach((child, _offset, index) => {
        // A line with ">" alone between two paragraphs, or Markdown reads them as one.
        if (index > 0) lines.push('>');
        lines.push(
          ...block(child)
            .trimEnd()
            .split('\n')
            .map((line) => `> ${line}`),
        );
      });
      return `${lines.join('\n')}\n`;
    }
    case 'bulletList':
    case 'orderedList': {
      const items: string[] = [];
      let number = Number(node.attrs.start ?? 1);
      node.forEach((item) => {
        const marker = node.type.name === 'bulletList' ? '- ' : `${number++}. `;
        const content: string[] = [];
        item.forEach((child) => {
          content.push(block(child).trimEnd());
        });
        items.push(
          marker +
            content
              .join('\n')
              .split('\n')
              .join(`\n${' '.repeat(marker.length)}`),
        );
      });
      return `${items.join('\n')}\n`;
    }
    default:
      return inlines(node);
  }
}

/** The statement's text as Markdown. */
export function renderMarkdown(document: ProseMirrorNode): string {
  const blocks: string[] = [];
  document.forEach((child) => {
    blocks.push(block(child));
  });
  return blocks.join('\n');
}
