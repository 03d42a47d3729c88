import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { ApiClient } from '../support/ApiClient.ts';

/** A tracked change as Word reads it: w:ins or w:del, who, when, and its words. */
export interface DocxRevision {
  kind: 'ins' | 'del';
  author: string;
  date: string;
  text: string;
}

/** A Word comment: its words, author, the words its range covers (deleted ones too), and the comment it replies to. */
export interface DocxComment {
  id: string;
  author: string;
  text: string;
  range: string;
  parentId: string | null;
}

export interface DocxReading {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  parts: Record<string, Uint8Array>;
  xml(part: string): Document;
  /** The body's words as a reader of the final text sees them (insertions in, deletions out), paragraph by paragraph. */
  paragraphs(): string[];
  /** Every revision in document order, adjacent runs of one revision id joined. */
  revisions(): DocxRevision[];
  comments(): DocxComment[];
}

const elements = (node: Node): Element[] => Array.from(node.childNodes as unknown as ArrayLike<Node>).filter((child): child is Element => child.nodeType === 1);

/** Walks the body in document order, calling `visit` on every element with its nearest w:ins/w:del. */
function walk(node: Node, visit: (element: Element, revision: Element | null) => void, revision: Element | null = null): void {
  for (const child of elements(node)) {
    const inside = child.tagName === 'w:ins' || child.tagName === 'w:del' ? child : revision;
    visit(child, inside);
    walk(child, visit, inside);
  }
}

/** Fetches a .docx as `client` and reads its parts with fflate and @xmldom/xmldom. */
export async function readDocxXml(client: ApiClient, path: string): Promise<DocxReading> {
  const response = await fetch(`${client.baseUrl}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const parts = response.status === 200 ? unzipSync(bytes) : {};
  const xml = (part: string): Document => {
    const data = parts[part];
    if (data === undefined) throw new Error(`${part} is not in the file (${Object.keys(parts).join(', ')})`);
    return new DOMParser().parseFromString(strFromU8(data), 'application/xml');
  };
  const body = () => xml('word/document.xml').getElementsByTagName('w:body')[0]!;
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    parts,
    xml,
    paragraphs() {
      return Array.from(body().getElementsByTagName('w:p') as unknown as ArrayLike<Element>).map((paragraph) => {
        let text = '';
        walk(paragraph, (element) => {
          if (element.tagName === 'w:t') text += element.textContent ?? '';
        });
        return text;
      });
    },
    revisions() {
      const found: (DocxRevision & { id: string })[] = [];
      walk(body(), (element, revision) => {
        if (revision === null || (element.tagName !== 'w:t' && element.tagName !== 'w:delText')) return;
        const id = revision.getAttribute('w:id') ?? '';
        const kind = revision.tagName === 'w:ins' ? 'ins' : 'del';
        const last = found.at(-1);
        if (last && last.id === id && last.kind === kind) last.text += element.textContent ?? '';
        else
          found.push({
            id,
            kind,
            author: revision.getAttribute('w:author') ?? '',
            date: revision.getAttribute('w:date') ?? '',
            text: element.textContent ?? '',
          });
      });
      return found.map(({ id: _id, ...rest }) => rest);
    },
    comments() {
      const ranges = new Map<string, string>();
      const open = new Set<string>();
      walk(body(), (element) => {
        const id = element.getAttribute('w:id') ?? '';
        if (element.tagName === 'w:commentRangeStart') {
          open.add(id);
          ranges.set(id, '');
        } else if (element.tagName === 'w:commentRangeEnd') open.delete(id);
        else if (element.tagName === 'w:t' || element.tagName === 'w:delText')
          for (const within of open) ranges.set(within, (ranges.get(within) ?? '') + (element.textContent ?? ''));
      });
      const commentsXml = xml('word/comments.xml');
      // Replies: commentsExtended.xml names each comment paragraph's parent paragraph (w15:paraIdParent).
      const parentOfPara = new Map<string, string>();
      if (parts['word/commentsExtended.xml']) {
        for (const entry of Array.from(xml('word/commentsExtended.xml').getElementsByTagName('w15:commentEx') as unknown as ArrayLike<Element>)) {
          const parent = entry.getAttribute('w15:paraIdParent');
          if (parent) parentOfPara.set(entry.getAttribute('w15:paraId') ?? '', parent);
        }
      }
      const comments = Array.from(commentsXml.getElementsByTagName('w:comment') as unknown as ArrayLike<Element>);
      const paraIdOf = (comment: Element) => {
        const paragraphs = Array.from(comment.getElementsByTagName('w:p') as unknown as ArrayLike<Element>);
        return paragraphs.at(-1)?.getAttribute('w14:paraId') ?? '';
      };
      const idOfPara = new Map(comments.map((comment) => [paraIdOf(comment), comment.getAttribute('w:id') ?? '']));
      return comments.map((comment) => {
        const id = comment.getAttribute('w:id') ?? '';
        const parentPara = parentOfPara.get(paraIdOf(comment));
        return {
          id,
          author: comment.getAttribute('w:author') ?? '',
          text: Array.from(comment.getElementsByTagName('w:t') as unknown as ArrayLike<Element>)
            .map((t) => t.textContent ?? '')
            .join(''),
          range: ranges.get(id) ?? '',
          parentId: parentPara === undefined ? null : (idOfPara.get(parentPara) ?? null),
        };
      });
    },
  };
}
