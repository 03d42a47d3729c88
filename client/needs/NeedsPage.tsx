import { useState } from 'react';
import { Link } from 'react-router';
import type { MeView, NeedView } from '../../shared/api/types.ts';
import { fetchNeeds, markNeedDone } from '../api/needs.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';
import { timeLeft } from '../signons/timeLeft.ts';
import { useNow } from '../signons/useNow.ts';
import { formatWhen } from '../statements/formatWhen.ts';
import { formatInZone } from '../time/formatInZone.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';

/** The page's sections, in the order they are shown, and the kinds of item each holds. */
const GROUPS: { id: string; heading: string; kinds: NeedView['kind'][] }[] = [
  { id: 'decide', heading: 'Awaiting your organisation’s decision', kinds: ['signon', 'reconfirm'] },
  { id: 'deadlines', heading: 'Moved deadlines', kinds: ['deadline'] },
  { id: 'replies', heading: 'Replies and mentions', kinds: ['reply', 'mention'] },
  { id: 'suggestions', heading: 'Suggestions', kinds: ['suggestion'] },
  { id: 'decisions', heading: 'Decisions', kinds: ['decision'] },
  { id: 'published', heading: 'Published', kinds: ['published'] },
];

const KIND_LABELS: Record<NeedView['kind'], string> = {
  signon: 'Sign-on',
  reconfirm: 'Re-confirm',
  deadline: 'Deadline moved',
  reply: 'Reply',
  mention: 'Mention',
  suggestion: 'Suggestion',
  decision: 'Decision',
  published: 'Published',
};

const OPEN_LABELS: Record<NeedView['kind'], string> = {
  signon: 'Read and decide',
  reconfirm: 'Read the new text and re-confirm',
  deadline: 'Open the statement',
  reply: 'Open the thread',
  mention: 'Open the thread',
  suggestion: 'Review the suggestion',
  decision: 'Open the thread',
  published: 'Read the published statement',
};

const fetchAll = () => fetchNeeds();

/** The statement's title and what happened, from an item's title ("Statement · Ana replied: …"). */
function splitTitle(title: string): { where: string; what: string | null } {
  const at = title.indexOf(' · ');
  return at === -1 ? { where: title, what: null } : { where: title.slice(0, at), what: title.slice(at + 3) };
}

/** "What needs me": what waits for the user's (or their organisation's) attention, grouped, each linking to its place. */
export function NeedsPage({ me }: { me: MeView }) {
  const needs = useApiResource<NeedView[]>('/api/me/needs', 'Could not load what needs you.', fetchAll);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const timeZone = viewerTimeZone(me);
  const shown = (needs.data ?? []).filter((need) => !done.has(need.id));

  async function handleDone(need: NeedView) {
    setError(null);
    try {
      await markNeedDone(need.id);
      setDone((previous) => new Set(previous).add(need.id));
    } catch (caught) {
      setError(errorMessage(caught, 'Could not mark it done. Try again.'));
    }
  }

  return (
    <>
      <AppHeader me={me} />
      <main className="page needs-page">
        <h1>What needs me</h1>
        <p className="muted">Sign-on decisions, replies, mentions and decisions waiting for you. Items leave this list once they are done.</p>
        <FormError message={needs.error ?? error} />
        {needs.data === null ? (
          !needs.error && (
            <p className="muted" aria-busy="true">
              Loading…
            </p>
          )
        ) : shown.length === 0 ? (
          <div className="empty-state" data-testid="needs-empty">
            <h2>Nothing needs you right now</h2>
            <p className="muted">When someone replies to you, mentions you or asks your organisation to sign, it shows here.</p>
          </div>
        ) : (
          GROUPS.map((group) => {
            const items = shown.filter((need) => group.kinds.includes(need.kind));
            if (items.length === 0) return null;
            return (
              <section key={group.id} className="needs-group" aria-labelledby={`needs-${group.id}`}>
                <h2 id={`needs-${group.id}`}>
                  {group.heading} <span className="muted small">({items.length})</span>
                </h2>
                <ul className="needs-list">
                  {items.map((need) => (
                    <NeedItem key={need.id} need={need} timeZone={timeZone} onDone={() => void handleDone(need)} />
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </main>
    </>
  );
}

function NeedItem({ need, timeZone, onDone }: { need: NeedView; timeZone: string; onDone: () => void }) {
  const now = useNow();
  const { where, what } = splitTitle(need.title);
  const headingId = `need-${need.id}`;
  // The public page is served by the server, outside the app's routes.
  const open = need.url.startsWith('/p/') ? (
    <a href={need.url} className="button button--small">
      {OPEN_LABELS[need.kind]}
    </a>
  ) : (
    <Link to={need.url} className="button button--small">
      {OPEN_LABELS[need.kind]}
    </Link>
  );
  return (
    <li className="need" data-testid="need" data-kind={need.kind} aria-labelledby={headingId}>
      <p className="need__what" id={headingId}>
        <span className="badge badge--inline">{KIND_LABELS[need.kind]}</span> {what ?? where}
      </p>
      <p className="need__where small">
        In <strong>{where}</strong> ·{' '}
        <time dateTime={need.createdAt} title={formatInZone(need.createdAt, timeZone)}>
          {formatWhen(need.createdAt, now)}
        </time>{' '}
        <span className="muted">({formatInZone(need.createdAt, timeZone)})</span>
      </p>
      {need.excerpt && <blockquote className="need__excerpt">{need.excerpt}</blockquote>}
      {need.due && <Due due={need.due} now={now} timeZone={timeZone} />}
      <div className="need__actions">
        {open}
        <button type="button" className="button button--quiet button--small" onClick={onDone} aria-describedby={headingId}>
          Mark done
        </button>
      </div>
    </li>
  );
}

function Due({ due, now, timeZone }: { due: string; now: number; timeZone: string }) {
  const left = new Date(due).getTime() - now;
  const when = formatInZone(due, timeZone);
  return left > 0 ? (
    <p className="need__due small" data-testid="need-due">
      Decide by <time dateTime={due}>{when}</time>: <strong>{timeLeft(left)} left</strong>
    </p>
  ) : (
    <p className="need__due need__due--past small" data-testid="need-due">
      The deadline passed on <time dateTime={due}>{when}</time>
    </p>
  );
}
