import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { MeView, ThreadView } from '../../shared/api/types.ts';
import type { CommentRights } from './commentRights.ts';
import { orderThreads } from './orderThreads.ts';
import { ThreadCard } from './ThreadCard.tsx';
import { ThreadComposer } from './ThreadComposer.tsx';
import { matchesThreadFilter, THREAD_FILTERS, type ThreadFilter } from './threadFilter.ts';
import { ThreadFilters } from './ThreadFilters.tsx';
import type { Comments } from './useComments.ts';

const EMPTY: Record<ThreadFilter, string> = {
  open: 'No open comments or suggestions.',
  resolved: 'Nothing resolved or decided yet.',
  mine: 'You have not started or answered any thread.',
  suggestions: 'No suggestions yet.',
};

/** Whether a thread's words are gone; an accepted suggestion's words were replaced, not lost. */
function wordsGone(thread: ThreadView, comments: Comments): boolean {
  if (thread.status === 'accepted') return false;
  const placement = comments.placements.get(thread.id);
  return placement === 'gone' || (placement === undefined && thread.orphaned);
}

/** Why this reader cannot comment, or how to start. */
function CommentingNote({ rights }: { rights: CommentRights }) {
  if (rights.awaitingPurpose) {
    return (
      <p className="notice notice--warn small" data-testid="comment-blocked">
        Your organisation has not agreed to the Statement of Purpose yet: you can read the comments, and comment once it has agreed.{' '}
        <Link to="/purpose">Read and agree</Link>
      </p>
    );
  }
  if (!rights.canComment) return <p className="muted small">You can read the comments on this statement.</p>;
  if (!rights.textSelectable)
    return (
      <p className="muted small thread-panel__hint">The final text no longer changes: the threads from drafting stay here, and you can still reply to them.</p>
    );
  return (
    <p className="muted small thread-panel__hint">
      Select words in the text, then choose <strong>Comment</strong>
      {rights.canSuggest && (
        <>
          {' '}
          or <strong>Suggest wording</strong>
        </>
      )}
      .
    </p>
  );
}

/**
 * The comment threads and suggestions of a statement, in the order of their words in the text
 * (those whose words were deleted last), with the form for a new one and the disposition log.
 */
export function ThreadPanel({ statementId, me, rights, comments }: { statementId: string; me: MeView; rights: CommentRights; comments: Comments }) {
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const threads = useMemo(() => orderThreads(comments.threads ?? [], comments.placements), [comments.threads, comments.placements]);
  const counts = Object.fromEntries(
    THREAD_FILTERS.map((each) => [each, threads.filter((thread) => matchesThreadFilter(thread, each, me.user.id)).length]),
  ) as Record<ThreadFilter, number>;
  const shown = threads.filter((thread) => matchesThreadFilter(thread, filter, me.user.id));
  const log = `/api/statements/${encodeURIComponent(statementId)}/dispositions`;

  // A thread chosen in the text shows in the list even if the filter hid it. Only when another thread
  // becomes active: after that the reader may pick any filter. Adjusted while rendering (React's pattern
  // for state that follows a changed value), so the hidden list never paints first.
  const active = threads.find((thread) => thread.id === comments.activeThreadId);
  const [followedThreadId, setFollowedThreadId] = useState<string | undefined>(undefined);
  if (active?.id !== followedThreadId) {
    setFollowedThreadId(active?.id);
    if (active && !matchesThreadFilter(active, filter, me.user.id)) setFilter(active.status === 'open' ? 'open' : 'resolved');
  }

  return (
    <section className="panel thread-panel" aria-labelledby="threads-heading" data-testid="thread-panel">
      <div className="thread-panel__header">
        <h2 id="threads-heading">Comments</h2>
        <span className="muted small">
          {counts.open} open · {threads.length} in all
        </span>
      </div>
      <p className="thread-panel__export small muted">
        Export:{' '}
        <a href={`${log}.csv`} download>
          CSV
        </a>{' '}
        ·{' '}
        <a href={`${log}.md`} download>
          Markdown
        </a>
      </p>
      <CommentingNote rights={rights} />
      {comments.notice && (
        <p className="notice notice--warn small thread-panel__notice" role="alert">
          {comments.notice}{' '}
          <button className="link-button" type="button" onClick={comments.dismissNotice}>
            OK
          </button>
        </p>
      )}
      {comments.draft && (
        <ThreadComposer
          key={`${comments.draft.kind}:${comments.draft.anchorStart}:${comments.draft.anchorEnd}`}
          statementId={statementId}
          draft={comments.draft}
          me={me}
          onCreated={(thread) => {
            comments.handleCreated(thread);
            setFilter('open');
          }}
          onCancel={comments.cancelDraft}
        />
      )}
      <ThreadFilters value={filter} counts={counts} onChange={setFilter} />
      {comments.error && (
        <p className="form-error" role="alert">
          {comments.error}
        </p>
      )}
      {comments.threads === null ? (
        <p className="muted small" aria-busy="true">
          Loading comments…
        </p>
      ) : shown.length === 0 ? (
        <p className="muted small thread-panel__empty">{EMPTY[filter]}</p>
      ) : (
        <ol className="thread-list">
          {shown.map((thread) => (
            <li key={thread.id}>
              <ThreadCard
                thread={thread}
                rights={rights}
                active={thread.id === comments.activeThreadId}
                wordsGone={wordsGone(thread, comments)}
                onSelect={() => comments.selectThread(thread.id)}
                onChanged={comments.handleChanged}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
