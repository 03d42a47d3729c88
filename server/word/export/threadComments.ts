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
 * A thread's comments as Word comments: its first comment under `id` (a suggestion's reason), each
 * reply after it in reply to it (commentsExtended.xml's w15:paraIdParent), so Word shows the
 * conversation as one thread. Deleted comments are left out; a comment imported from Word keeps
 * its Word author and date.
 */
export function threadComments(thread: ThreadView, id: number): ICommentOptions[] {
  return thread.comments
    .filter((comment) => !comment.deleted)
    .map((comment, index) => {
      const author = comment.origin?.author ?? comment.author.name;
      return {
        id: id + index,
        author: xmlLegalText(author),
        initials: xmlLegalText(initialsOf(author)),
        date: new Date(comment.origin?.date ?? comment.createdAt),
        children: comment.body.split('\n').map((line) => new Paragraph({ children: [new TextRun(xmlLegalText(line))] })),
        ...(index > 0 ? { parentId: id } : {}),
      };
    });
}
