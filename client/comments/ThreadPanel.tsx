import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeView, ThreadView } from '../../shared/api/types.ts';
import type { CommentRights } from './commentRights.ts';
import { orderThreads } from './orderThreads.ts';
import { ThreadCard } from './ThreadCard.tsx';
import { ThreadComposer } from './ThreadComposer.tsx';
import { matchesThreadFilter, THREAD_FILTERS, type ThreadFilter } from './threadFilter.ts';
import { ThreadFilters } from './ThreadFilters.tsx';
import type { Comments } from './useComments.ts';
import { DownloadLink } from '../layout/DownloadLink.tsx';
import { WordExportLink } from '../word/WordExportLink.tsx';

/** What an empty list says, per filter. */
function emptyMessage(filter: ThreadFilter, t: TFunction<'comments'>): string {
  switch (filter) {
    case 'open':
      return t('panel.emptyOpen');
    case 'resolved':
      return t('panel.emptyResolved');
    case 'mine':
      return t('panel.emptyMine');
    case 'suggestions':
      return t('panel.emptySuggestions');
  }
}

/** Whether a thread's words are gone; an accepted suggestion's words were replaced, not lost. */
function wordsGone(thread: ThreadView, comments: Comments): boolean {
  if (thread.status === 'accepted') return false;
  const placement = comments.placements.get(thread.id);
  return placement === 'gone' || (placement === undefined && thread.orphaned);
}

/** Why this reader cannot comment, or how to start. */
function CommentingNote({ rights }: { rights: CommentRights }) {
  const { t } = useTranslation('comments');
  if (rights.awaitingPurpose) {
    return (
      <p className="notice notice--warn small" data-testid="comment-blocked">
        {t('panel.awaitingPurpose')} <Link to="/purpose">{t('panel.readAndAgree')}</Link>
      </p>
    );
  }
  if (!rights.canComment) return <p className="muted small">{t('panel.readOnly')}</p>;
  if (!rights.textSelectable) return <p className="muted small thread-panel__hint">{t('panel.finalText')}</p>;
  return (
    <p className="muted small thread-panel__hint">
      {rights.canSuggest ? (
        <Trans t={t} i18nKey="panel.hintWithSuggest" components={{ strong: <strong /> }} />
      ) : (
        <Trans t={t} i18nKey="panel.hint" components={{ strong: <strong /> }} />
      )}
    </p>
  );
}

/**
 * The comment threads and suggestions of a statement, in the order of their words in the text
 * (those whose words were deleted last), with the form for a new one and the disposition log.
 */
export function ThreadPanel({ statementId, me, rights, comments }: { statementId: string; me: MeView; rights: CommentRights; comments: Comments }) {
  const { t } = useTranslation('comments');
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const threads = useMemo(() => orderThreads(comments.threads ?? [], comments.placements), [comments.threads, comments.placements]);
  const counts = Object.fromEntries(
    THREAD_FILTERS.map((each) => [each, threads.filter((thread) => matchesThreadFilter(thread, each, me.user.id)).length]),
  ) as Record<ThreadFilter, number>;
  const shown = threads.filter((thread) => matchesThreadFilter(thread, filter, me.user.id));
  const log = `/api/statements/${encodeURIComponent(statementId)}/dispositions`;
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The thread just decided and its place in the list: its button is gone (and the card too when the filter
  // hides it now), so the keyboard moves on from there rather than falling to the top of the page.
  const decided = useRef<{ id: string; index: number } | null>(null);

  const handleDecided = (thread: ThreadView) => {
    decided.current = { id: thread.id, index: shown.findIndex((each) => each.id === thread.id) };
    comments.handleChanged(thread);
  };

  useEffect(() => {
    const last = decided.current;
    if (last === null) return;
    decided.current = null;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const root = panel.current;
    if (root === null) return;
    const same = root.querySelector(`[data-thread-id="${CSS.escape(last.id)}"]`);
    const cards = root.querySelectorAll('[data-testid="thread"]');
    // The decided card when still listed (its next decision, as Reopen, or its words), else the one now in its place.
    const target =
      same?.querySelector('.thread-card__decisions')?.querySelector('button') ??
      same?.querySelector<HTMLElement>('.thread-card__passage') ??
      cards[Math.min(Math.max(last.index, 0), cards.length - 1)]?.querySelector<HTMLElement>('.thread-card__passage') ??
      heading.current;
    target?.focus();
  });

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
    <section ref={panel} className="panel thread-panel" aria-labelledby="threads-heading" data-testid="thread-panel">
      <div className="thread-panel__header">
        <h2 id="threads-heading" ref={heading} tabIndex={-1}>
          {t('panel.heading')}
        </h2>
        <span className="muted small">{t('panel.counts', { open: counts.open, all: threads.length })}</span>
      </div>
      <p className="thread-panel__export small muted">
        <Trans
          t={t}
          i18nKey="panel.export"
          components={{
            csv: (
              // i18n-ignore: a file format's name; Trans puts the catalogue's words in the link
              <DownloadLink href={`${log}.csv`} file="CSV" fallbackName="dispositions.csv" />
            ),
            markdown: (
              // i18n-ignore: a file format's name; Trans puts the catalogue's words in the link
              <DownloadLink href={`${log}.md`} file="Markdown" fallbackName="dispositions.md" />
            ),
          }}
        />
      </p>
      <WordExportLink statementId={statementId} />
      <CommentingNote rights={rights} />
      {comments.notice && (
        <p className="notice notice--warn small thread-panel__notice" role="alert">
          {comments.notice}{' '}
          <button className="link-button" type="button" onClick={comments.dismissNotice}>
            {t('panel.dismiss')}
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
          {t('panel.loading')}
        </p>
      ) : shown.length === 0 ? (
        <p className="muted small thread-panel__empty">{emptyMessage(filter, t)}</p>
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
                onDecided={handleDecided}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
