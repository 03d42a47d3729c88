import { Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { ThreadView } from '../../../shared/api/types.ts';
import { xmlLegalText } from '../../publishing/xmlLegalText.ts';

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .slice(0, 9);

/**
 * A comment thread as Word comments: its first comment under `id`, each reply after it in reply to
 * it (commentsExtended.xml's w15:paraIdParent), so Word shows the conversation as one thread.
 */
export function threadComments(thread: ThreadView, id: number): ICommentOptions[] {
  return thread.comments.map((comment, index) => ({
    id: id + index,
    author: xmlLegalText(comment.author.name),
    initials: xmlLegalText(initialsOf(comment.author.name)),
    date: new Date(comment.createdAt),
    children: comment.body.split('\n').map((line) => new Paragraph({ children: [new TextRun(xmlLegalText(line))] })),
    ...(index > 0 ? { parentId: id } : {}),
  }));
}
