import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isSafeLinkHref } from '../../shared/editor/isSafeLinkHref.ts';
import { escapeHtml } from './escapeHtml.ts';

const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', underline: 'u' };

function markOpen(mark: Mark): string {
  if (mark.type.name === 'link') {
    const href = String(mark.attrs.href ?? '');
    // Only http(s) and mailto links; anything else is shown as plain text.
    return isSafeLinkHref(href) ? `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">` : '';
  }
  const tag = MARK_TAGS[mark.type.name];
  return tag ? `<${tag}>` : '';
}

function markClose(mark: Mark): string {
  if (mark.type.name === 'link') return isSafeLinkHref(String(mark.attrs.href ?? '')) ? '</a>' : '';
  const tag = MARK_TAGS[mark.type.name];
  return tag ? `</${tag}>` : '';
}

function inline(node: ProseMirrorNode): string {
  if (node.isText) {
    const marks = [...node.marks];
    return marks.map(markOpen).join('') + escapeHtml(node.text ?? '') + marks.reverse().map(markClose).join('');
  }
  if (node.type.name === 'hardBreak') return '<br>';
  return '';
}

function children(node: ProseMirrorNode): string {
  let html = '';
  node.forEach((child) => {
    html += child.isInline ? inline(child) : block(child);
  });
  return html;
}

function block(node: ProseMirrorNode): string {
  switch (node.type.name) {
    case 'paragraph':
      return `<p>${children(node)}</p>\n`;
    case 'heading': {
      // The statement's title is the page's h1: its headings start one level lower.
      const level = Math.min(6, Math.max(2, Number(node.attrs.level ?? 1) + 1));
      return `<h${level}>${children(node)}</h${level}>\n`;
    }
    case 'bulletList':
      return `<ul>\n${children(node)}</ul>\n`;
    case 'orderedList':
      return `<ol>\n${children(node)}</ol>\n`;
    case 'listItem':
      return `<li>${children(node)}</li>\n`;
    case 'blockquote':
      return `<blockquote>\n${children(node)}</blockquote>\n`;
    case 'horizontalRule':
      return '<hr>\n';
    default:
      return children(node);
  }
}

/** The statement's text as HTML: every character escaped, only the schema's own elements. */
export function renderHtml(document: ProseMirrorNode): string {
  return children(document);
}
