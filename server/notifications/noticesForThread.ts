import type { Store } from '../store/Store.ts';
import { actorName, type Derived, detail, excerptOf, NOTHING, type NoticeDerivation, readersAmong, threadUrl } from './noticeContext.ts';
import { mentionNotices } from './noticesForComment.ts';

/** The first comment of a thread (absent for a suggestion without a reason). */
async function firstCommentOf(store: Store, threadId: string) {
  const comments = (await store.threads.commentsOf([threadId])).filter((comment) => comment.deletedAt === null);
  return comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0] ?? null;
}

/** `thread.created`: mentions in its first comment; a suggestion also needs the statement's drafters. */
export const noticesForThread: NoticeDerivation = async (store, entry): Promise<Derived> => {
  const threadId = detail(entry, 'thread');
  const thread = threadId ? await store.threads.findById(threadId) : null;
  if (thread === null) return NOTHING;
  const statement = await store.statements.findById(thread.statementId);
  if (statement === null) return NOTHING;
  const author = await actorName(store, entry);
  const first = await firstCommentOf(store, thread.id);
  const mentions = first ? await mentionNotices(store, statement, thread, first, author) : [];
  if (thread.kind !== 'suggestion') return { notices: mentions, resolutions: [] };
  const drafters = await readersAmong(store, await store.statements.drafterIds(statement.id), statement, thread, thread.authorId);
  const change = `“${excerptOf(thread.quote, 140)}” → “${excerptOf(thread.replacement ?? '', 140)}”`;
  const suggestions = drafters.map((user) => ({
    userId: user.id,
    kind: 'suggestion' as const,
    statementId: statement.id,
    threadId: thread.id,
    message: { key: 'suggestion' as const, values: { statement: statement.title, author } },
    excerpt: excerptOf(change),
    due: null,
    url: threadUrl(statement.id, thread.id),
  }));
  return { notices: [...mentions, ...suggestions], resolutions: [] };
};

/** `thread.resolved`: nobody needs to answer that thread any more. */
export const noticesForResolvedThread: NoticeDerivation = async (_store, entry): Promise<Derived> => {
  const threadId = detail(entry, 'thread');
  if (threadId === null || entry.subjectId === null) return NOTHING;
  return { notices: [], resolutions: [{ statementId: entry.subjectId, kinds: ['reply', 'mention'], threadId }] };
};

/** `suggestion.accepted` / `suggestion.rejected`: its author hears the decision; the drafters are done with it. */
export const noticesForDecision: NoticeDerivation = async (store, entry): Promise<Derived> => {
  const threadId = detail(entry, 'thread');
  const thread = threadId ? await store.threads.findById(threadId) : null;
  if (thread === null) return NOTHING;
  const statement = await store.statements.findById(thread.statementId);
  if (statement === null) return NOTHING;
  const resolutions = [{ statementId: statement.id, kinds: ['suggestion'] as const, threadId: thread.id }];
  const [authorOf] = await readersAmong(store, [thread.authorId], statement, thread, entry.actorId);
  if (authorOf === undefined) return { notices: [], resolutions };
  const decision = entry.action === 'suggestion.accepted' ? 'accepted' : 'rejected';
  return {
    notices: [
      {
        userId: authorOf.id,
        kind: 'decision',
        statementId: statement.id,
        threadId: thread.id,
        message: { key: decision, values: { statement: statement.title, author: await actorName(store, entry) } },
        excerpt: excerptOf(`“${thread.quote}” → “${thread.replacement ?? ''}”`),
        due: null,
        url: threadUrl(statement.id, thread.id),
      },
    ],
    resolutions,
  };
};
