import { getSchema } from '@tiptap/core';
import type { ICommentOptions } from 'docx';
import { TEXT_FRAGMENT } from '../../../shared/collab/protocol.ts';
import { canSeeThread, type ThreadViewer } from '../../../shared/comments/threadVisibility.ts';
import { statementExtensions } from '../../../shared/editor/statementExtensions.ts';
import type { CollabServer } from '../../collab/CollabServer.ts';
import { resolveRange } from '../../comments/anchors.ts';
import { threadViewsOf } from '../../comments/openThread.ts';
import { statementDocument } from '../../publishing/statementDocument.ts';
import type { StatementAccess } from '../../statements/findStatementFor.ts';
import type { Store } from '../../store/Store.ts';
import { canonicalDocument } from '../../versions/canonicalDocument.ts';
import { revisionDocx } from './revisionDocx.ts';
import { textPositions } from './textPositions.ts';
import type { WordMarks } from './WordMarks.ts';
import { threadComments } from './threadComments.ts';

/**
 * The live text as a Word file for one reader: every open suggestion they may see as Word
 * revisions (the suggested-away words deleted, the proposed ones inserted, by the suggester, at the
 * suggestion's time, or by its Word author for one imported from Word), each with its reason and
 * replies as a Word comment thread on the revision, and every open comment thread they may see as
 * a Word comment on its words, with its replies. Threads that lost their words have no range to
 * sit on and are left out.
 */
export async function liveWordExport(context: { store: Store; collab: CollabServer }, access: StatementAccess, viewer: ThreadViewer): Promise<Buffer> {
  const open = (await context.store.threads.listForStatement(access.statement.id)).filter((thread) => thread.status === 'open' && canSeeThread(viewer, thread));
  const views = (await threadViewsOf(context, access, viewer, open)).filter((thread) => !thread.orphaned);
  const { document, marks, comments } = await context.collab.withDocument(access.statement.id, ({ doc }) => {
    const fragment = doc.getXmlFragment(TEXT_FRAGMENT);
    const positions = textPositions(fragment, getSchema(statementExtensions()));
    const marks: WordMarks = { spans: [], additions: [], comments: [] };
    const comments: ICommentOptions[] = [];
    for (const thread of views) {
      const range = resolveRange(doc, thread.anchorStart, thread.anchorEnd);
      const startOf = range && positions.get(range.start.text);
      const endOf = range && positions.get(range.end.text);
      if (range === null || startOf == null || endOf == null) continue;
      const from = startOf + range.start.index;
      const to = endOf + range.end.index;
      if (to < from) continue;
      // Every comment of the thread is a Word comment on the whole range, replies too, as Word writes
      // them: LibreOffice drops a comment that has no range.
      const said = threadComments(thread, comments.length);
      let onWords = to > from;
      if (thread.kind === 'suggestion') {
        const revision = { author: thread.origin?.author ?? thread.author.name, date: thread.origin?.date ?? thread.createdAt };
        if (to > from) marks.spans.push({ from, to, kind: 'deleted', revision });
        if (thread.replacement !== null && thread.replacement.replace(/\n/g, '') !== '') {
          // The reason and its replies cover the whole revision: the deleted words and the inserted ones.
          marks.additions.push({ at: to, text: thread.replacement, kind: 'inserted', revision, commentIds: said.map((comment) => Number(comment.id)) });
          onWords = true;
        }
      }
      if (!onWords) continue;
      comments.push(...said);
      for (const comment of said) marks.comments.push({ from, to, id: Number(comment.id) });
    }
    return { document: statementDocument(canonicalDocument(fragment)), marks, comments };
  });
  return revisionDocx({ title: access.statement.title, document, marks, comments });
}
