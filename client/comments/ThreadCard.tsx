import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadView } from '../../shared/api/types.ts';
import { CommentItem } from './CommentItem.tsx';
import type { CommentRights } from './commentRights.ts';
import { ReplyForm } from './ReplyForm.tsx';
import { SuggestionChange } from './SuggestionChange.tsx';
import { ThreadDecisions } from './ThreadDecisions.tsx';
import { ThreadOutcome } from './ThreadOutcome.tsx';
import { RelativeTime } from './RelativeTime.tsx';
import { WordOriginLine } from '../word/WordOriginLine.tsx';

/** The side column sits beside the text only on wide screens; below it, scrolling to a card would leave the text. */
const besideTheText = () => window.matchMedia('(min-width: 901px)').matches;

/** Who besides the author may see a thread, when not the whole coalition. */
function audience(thread: ThreadView, t: TFunction<'comments'>): string | null {
  if (thread.visibility === 'organisation') {
    return thread.author.organisation ? t('thread.onlyOrganisation', { organisation: thread.author.organisation }) : t('thread.onlyTheirOrganisation');
  }
  if (thread.visibility === 'secretariat') return t('thread.secretariatOnly');
  return null;
}

/** The reason a suggestion was made with: its author's first comment, written with it. */
function isReason(thread: ThreadView, index: number): boolean {
  const comment = thread.comments[index];
  return (
    thread.kind === 'suggestion' && index === 0 && comment !== undefined && comment.author.id === thread.author.id && comment.createdAt === thread.createdAt
  );
}

/** One comment thread or suggestion in the side panel. */
export function ThreadCard({
  thread,
  rights,
  active,
  wordsGone,
  onSelect,
  onChanged,
  onDecided = onChanged,
}: {
  thread: ThreadView;
  rights: CommentRights;
  active: boolean;
  /** Its passage was deleted from the text. */
  wordsGone: boolean;
  onSelect: () => void;
  onChanged: (thread: ThreadView) => void;
  /** A decision taken on it (accepted, rejected, resolved, reopened): the panel moves the keyboard on from the button that is gone. */
  onDecided?: (thread: ThreadView) => void;
}) {
  const { t } = useTranslation('comments');
  const card = useRef<HTMLElement>(null);
  const [replying, setReplying] = useState(false);
  const shownTo = audience(thread, t);

  useEffect(() => {
    if (active && besideTheText()) card.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    if (!active) setReplying(false);
  }, [active]);

  return (
    <article
      ref={card}
      className={`thread-card thread-card--${thread.kind} thread-card--${thread.status}${active ? ' is-active' : ''}`}
      data-testid="thread"
      data-thread-id={thread.id}
      data-status={thread.status}
      aria-current={active ? 'true' : undefined}
    >
      <button type="button" className="thread-card__passage" onClick={onSelect} title={wordsGone ? undefined : t('thread.showWords')}>
        <span className="thread-card__labels">
          <span className="thread-card__kind">{thread.kind === 'suggestion' ? t('thread.suggestion') : t('thread.comment')}</span>
          {shownTo && <span className="badge badge--muted badge--inline">{shownTo}</span>}
          {wordsGone && <span className="badge badge--warn badge--inline">{t('thread.passageDeleted')}</span>}
        </span>
        {thread.kind === 'suggestion' ? <SuggestionChange thread={thread} /> : <q className="thread-card__quote">{thread.quote}</q>}
      </button>
      <WordOriginLine origin={thread.origin} />
      {thread.kind === 'suggestion' && (
        <p className="thread-card__byline muted small">
          {thread.author.organisation
            ? t('thread.suggestedByWithOrganisation', { name: thread.author.name, organisation: thread.author.organisation })
            : t('thread.suggestedBy', { name: thread.author.name })}
          {' · '}
          <RelativeTime iso={thread.createdAt} />
        </p>
      )}
      {thread.comments.length > 0 && (
        <ol className="comment-list">
          {thread.comments.map((comment, index) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              threadId={thread.id}
              userId={rights.userId}
              label={isReason(thread, index) ? t('thread.why') : undefined}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
      <ThreadOutcome thread={thread} />
      <ThreadDecisions thread={thread} onChanged={onDecided} />
      {thread.can.includes('thread.reply') &&
        (active ? (
          <ReplyForm threadId={thread.id} autoFocus={replying} onSaved={onChanged} />
        ) : (
          <button
            className="link-button thread-card__reply"
            type="button"
            onClick={() => {
              setReplying(true);
              onSelect();
            }}
          >
            {t('thread.reply')}
          </button>
        ))}
    </article>
  );
}
