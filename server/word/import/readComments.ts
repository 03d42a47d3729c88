import type { Document } from '@xmldom/xmldom';
import { attributeNamed, childElements, isWord, plainTextOf, wordAttribute } from './wordXml.ts';

export interface WordComment {
  id: string;
  author: string;
  date: string | null;
  text: string;
  /** The comment this one answers (commentsExtended.xml), or null for the first of a thread. */
  parentId: string | null;
}

/**
 * The comments of comments.xml in its order, with replies linked to their parent through
 * commentsExtended.xml (`w15:paraIdParent` names the parent's last paragraph).
 */
export function readComments(comments: Document | undefined, extended: Document | undefined, unknownAuthor: string): WordComment[] {
  if (comments === undefined) return [];
  const parentParagraphOf = new Map<string, string>();
  for (const entry of extended === undefined ? [] : childElements(extended.documentElement!)) {
    if (entry.localName !== 'commentEx') continue;
    const paragraph = attributeNamed(entry, 'paraId');
    const parent = attributeNamed(entry, 'paraIdParent');
    if (paragraph !== null && parent !== null) parentParagraphOf.set(paragraph.toUpperCase(), parent.toUpperCase());
  }
  const found: (WordComment & { paragraphIds: string[] })[] = [];
  for (const comment of childElements(comments.documentElement!)) {
    if (!isWord(comment, 'comment')) continue;
    const paragraphs = childElements(comment).filter((child) => isWord(child, 'p'));
    found.push({
      id: wordAttribute(comment, 'id') ?? '',
      author: wordAttribute(comment, 'author') ?? unknownAuthor,
      date: wordAttribute(comment, 'date'),
      // One line a paragraph, blank lines between them kept (as Accord writes a comment's lines).
      text: paragraphs
        .map((paragraph) => plainTextOf(paragraph).trim())
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
      parentId: null,
      paragraphIds: paragraphs.map((paragraph) => (attributeNamed(paragraph, 'paraId') ?? '').toUpperCase()).filter((id) => id !== ''),
    });
  }
  const commentOfParagraph = new Map(found.flatMap((comment) => comment.paragraphIds.map((paragraph) => [paragraph, comment.id] as const)));
  return found.map(({ paragraphIds, ...comment }) => {
    const parentParagraph = paragraphIds.map((paragraph) => parentParagraphOf.get(paragraph)).find((parent) => parent !== undefined);
    const parentId = parentParagraph === undefined ? null : (commentOfParagraph.get(parentParagraph) ?? null);
    return { ...comment, parentId: parentId === comment.id ? null : parentId };
  });
}
