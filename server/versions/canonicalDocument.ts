import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import * as Y from 'yjs';

/**
 * A statement's content independent of how Yjs happens to hold it: node types, attributes and
 * text with marks, in RFC 8785 canonical JSON. The same text gives the same bytes and the same
 * hash on every machine and after every restart, whoever typed it and in whatever order.
 */
export interface CanonicalMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export type CanonicalNode =
  | { type: 'text'; text: string; marks?: CanonicalMark[] }
  | { type: string; attrs?: Record<string, unknown>; content?: CanonicalNode[] };

function withoutNulls(attributes: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(attributes).filter(([, value]) => value !== null && value !== undefined);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

// y-prosemirror names overlapping marks `name--hash`; the mark's type is the name.
const markType = (attributeName: string) => /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(attributeName)?.[1] ?? attributeName;

function textNodes(text: Y.XmlText): CanonicalNode[] {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, Record<string, unknown> | null> }[];
  return delta
    .filter(
      (op): op is { insert: string; attributes?: Record<string, Record<string, unknown> | null> } => typeof op.insert === 'string' && op.insert.length > 0,
    )
    .map((op) => {
      const marks = Object.entries(op.attributes ?? {})
        .map(([name, attrs]): CanonicalMark => {
          const kept = attrs && typeof attrs === 'object' ? withoutNulls(attrs) : undefined;
          return kept ? { type: markType(name), attrs: kept } : { type: markType(name) };
        })
        .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
      return marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert };
    });
}

function elementNode(element: Y.XmlElement | Y.XmlFragment): CanonicalNode {
  const content = element.toArray().flatMap((child) => {
    if (child instanceof Y.XmlText) return textNodes(child);
    if (child instanceof Y.XmlElement) return [elementNode(child)];
    return [];
  });
  const type = element instanceof Y.XmlElement ? element.nodeName : 'doc';
  const attrs = element instanceof Y.XmlElement ? withoutNulls(element.getAttributes() as Record<string, unknown>) : undefined;
  return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
}

export function canonicalDocument(fragment: Y.XmlFragment): CanonicalNode {
  return elementNode(fragment);
}

export function canonicalJson(node: CanonicalNode): string {
  return canonicalize(node) ?? '';
}

/** SHA-256 (hex) of the canonical serialisation: the version hash signatures bind to. */
export function documentHash(node: CanonicalNode): string {
  return createHash('sha256').update(canonicalJson(node)).digest('hex');
}

/**
 * The hash a version is signed by: its title and its text together, as the RFC 8785 canonical JSON
 * of `{document, title}`, so neither can change under the signatures. Versions made before titles
 * were frozen have no title (null): they keep the hash they were signed with, over the text alone
 * (documentHash), so every stored hash can still be recomputed from the stored row.
 */
export function versionHash(title: string | null, node: CanonicalNode): string {
  if (title === null) return documentHash(node);
  return createHash('sha256')
    .update(canonicalize({ document: node, title }) ?? '')
    .digest('hex');
}

/** The text blocks of the document (paragraphs, headings), in reading order; empty ones left out. */
export function textBlocks(node: CanonicalNode): string[] {
  const children = ('content' in node ? node.content : undefined) ?? [];
  if (node.type === 'text') return [(node as { text: string }).text];
  if (node.type !== 'doc' && children.every((child) => child.type === 'text')) {
    const text = children.map((child) => (child as { text: string }).text).join('');
    return text === '' ? [] : [text];
  }
  return children.flatMap(textBlocks);
}

/** The text of the document, blocks separated by a blank line. */
export function plainText(node: CanonicalNode): string {
  return textBlocks(node).join('\n\n');
}
