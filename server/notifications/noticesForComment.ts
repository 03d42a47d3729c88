import type { Mention, StatementRecord, ThreadRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { actorName, type Derived, detail, excerptOf, NOTHING, type NoticeDerivation, type NoticeDraft, readersAmong, threadUrl } from './noticeContext.ts';

/** The people a comment's mentions name: users, and every contact of a mentioned organisation. */
export async function mentionedUserIds(store: Store, mentions: readonly Mention[]): Promise<string[]> {
  const ids: string[] = [];
  for (const mention of mentions) {
    if (mention.type === 'user') ids.push(mention.id);
    else for (const contact of await store.users.listByOrganisation(mention.id)) ids.push(contact.id);
  }
  return ids;
}

/** `mention` notices for the readers a comment names (but its author). */
export async function mentionNotices(
  store: Store,
  statement: StatementRecord,
  thread: ThreadRecord,
  comment: { authorId: string; body: string; mentions: readonly Mention[] },
  author: string,
): Promise<NoticeDraft[]> {
  const mentioned = await readersAmong(store, await mentionedUserIds(store, comment.mentions), statement, thread, comment.authorId);
  const excerpt = excerptOf(comment.body);
  return mentioned.map((user) => ({
    userId: user.id,
    kind: 'mention',
    statementId: statement.id,
    threadId: thread.id,
    message: { key: 'mention', values: { statement: statement.title, author, excerpt: excerptOf(comment.body, 60) } },
    excerpt,
    due: null,
    url: threadUrl(statement.id, thread.id),
  }));
}

/**
 * `comment.added`: the people it names are mentioned; the thread's author and earlier commenters
 * get a reply; the replier's own open replies and mentions on that thread are answered.
 */
export const noticesForComment: NoticeDerivation = async (store, entry): Promise<Derived> => {
  const threadId = detail(entry, 'thread');
  const commentId = detail(entry, 'comment');
  if (threadId === null || commentId === null) return NOTHING;
  const [thread, comment] = await Promise.all([store.threads.findById(threadId), store.threads.findComment(commentId)]);
  if (thread === null || comment === null || comment.deletedAt !== null) return NOTHING;
  const statement = await store.statements.findById(thread.statementId);
  if (statement === null) return NOTHING;
  const resolutions = [{ statementId: statement.id, kinds: ['reply', 'mention'] as const, threadId: thread.id, userIds: [comment.authorId] }];
  const author = await actorName(store, entry);
  const mentions = await mentionNotices(store, statement, thread, comment, author);
  const mentioned = new Set(mentions.map((notice) => notice.userId));
  const earlier = (await store.threads.commentsOf([thread.id])).filter((other) => other.id !== comment.id && other.createdAt <= comment.createdAt);
  const participants = [thread.authorId, ...earlier.map((other) => other.authorId)].filter((id) => !mentioned.has(id));
  const repliedTo = await readersAmong(store, participants, statement, thread, comment.authorId);
  const replies: NoticeDraft[] = repliedTo.map((user) => ({
    userId: user.id,
    kind: 'reply',
    statementId: statement.id,
    threadId: thread.id,
    message: { key: 'reply', values: { statement: statement.title, author, excerpt: excerptOf(comment.body, 60) } },
    excerpt: excerptOf(comment.body),
    due: null,
    url: threadUrl(statement.id, thread.id),
  }));
  return { notices: [...mentions, ...replies], resolutions };
};
