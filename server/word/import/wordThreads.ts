import type { WordComment } from './readComments.ts';

/** A Word comment and the replies to it, in the file's order. */
export interface WordThread {
  comment: WordComment;
  replies: WordComment[];
}

/**
 * The Word comments as threads. A reply linked to its parent (commentsExtended.xml) joins the
 * thread of its first comment, however deep the chain. A file with no such links at all
 * (LibreOffice 7 writes a reply as one more comment on the same words) gets its threads from the
 * ranges instead: comments on exactly the same range are one thread, opened by the first of them
 * in comments.xml. `rangeOf` names a comment's range, or null when it has none.
 */
export function wordThreads(comments: readonly WordComment[], rangeOf: (id: string) => string | null, linked: boolean): WordThread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const firstOn = new Map<string, WordComment>();
  const rootOf = (comment: WordComment): WordComment => {
    if (!linked) {
      const range = rangeOf(comment.id);
      if (range === null) return comment;
      if (!firstOn.has(range)) firstOn.set(range, comment);
      return firstOn.get(range)!;
    }
    // Up the chain of parents, stopping at a comment seen before (a cycle is its own thread).
    const seen = new Set<WordComment>();
    let current = comment;
    while (current.parentId !== null && !seen.has(current)) {
      seen.add(current);
      const parent = byId.get(current.parentId);
      if (parent === undefined) break;
      current = parent;
    }
    return current;
  };
  const roots = comments.map((comment) => ({ comment, root: rootOf(comment) }));
  const threads = new Map<WordComment, WordThread>();
  for (const { comment, root } of roots) if (root === comment) threads.set(comment, { comment, replies: [] });
  for (const { comment, root } of roots) if (root !== comment) threads.get(root)?.replies.push(comment);
  return [...threads.values()];
}
