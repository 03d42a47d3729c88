import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
type NeedGroup = 'decide' | 'deadlines' | 'replies' | 'suggestions' | 'decisions' | 'published';

const GROUPS: { id: NeedGroup; kinds: NeedView['kind'][] }[] = [
  { id: 'decide', kinds: ['signon', 'reconfirm'] },
  { id: 'deadlines', kinds: ['deadline'] },
  { id: 'replies', kinds: ['reply', 'mention'] },
  { id: 'suggestions', kinds: ['suggestion'] },
  { id: 'decisions', kinds: ['decision'] },
  { id: 'published', kinds: ['published'] },
];

/** A section's heading, in the reader's language. */
function groupHeading(t: TFunction<'needs'>, group: NeedGroup): string {
  switch (group) {
    case 'decide':
      return t('group.decide');
    case 'deadlines':
      return t('group.deadlines');
    case 'replies':
      return t('group.replies');
    case 'suggestions':
      return t('group.suggestions');
    case 'decisions':
      return t('group.decisions');
    case 'published':
      return t('group.published');
  }
}

/** An item's badge and the words of its button, in the reader's language. */
function kindLabels(t: TFunction<'needs'>, kind: NeedView['kind']): { badge: string; open: string } {
  switch (kind) {
    case 'signon':
      return { badge: t('kind.signon'), open: t('open.signon') };
    case 'reconfirm':
      return { badge: t('kind.reconfirm'), open: t('open.reconfirm') };
    case 'deadline':
      return { badge: t('kind.deadline'), open: t('open.deadline') };
    case 'reply':
      return { badge: t('kind.reply'), open: t('open.thread') };
    case 'mention':
      return { badge: t('kind.mention'), open: t('open.thread') };
    case 'suggestion':
      return { badge: t('kind.suggestion'), open: t('open.suggestion') };
    case 'decision':
      return { badge: t('kind.decision'), open: t('open.thread') };
    case 'published':
      return { badge: t('kind.published'), open: t('open.published') };
  }
}

const fetchAll = () => fetchNeeds();

/** The statement's title and what happened, from an item's title ("Statement · Ana replied: …"). */
function splitTitle(title: string): { where: string; what: string | null } {
  const at = title.indexOf(' · ');
  return at === -1 ? { where: title, what: null } : { where: title.slice(0, at), what: title.slice(at + 3) };
}

/** "What needs me": what waits for the user's (or their organisation's) attention, grouped, each linking to its place. */
export function NeedsPage({ me }: { me: MeView }) {
  const { t } = useTranslation('needs');
  const needs = useApiResource<NeedView[]>('/api/me/needs', t('notLoaded'), fetchAll);
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
      setError(errorMessage(caught, t('notMarkedDone')));
    }
  }

  return (
    <>
      <AppHeader me={me} />
      <main className="page needs-page">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <FormError message={needs.error ?? error} />
        {needs.data === null ? (
          !needs.error && (
            <p className="muted" aria-busy="true">
              {t('loading')}
            </p>
          )
        ) : shown.length === 0 ? (
          <div className="empty-state" data-testid="needs-empty">
            <h2>{t('empty.title')}</h2>
            <p className="muted">{t('empty.text')}</p>
          </div>
        ) : (
          GROUPS.map((group) => {
            const items = shown.filter((need) => group.kinds.includes(need.kind));
            if (items.length === 0) return null;
            return (
              <section key={group.id} className="needs-group" aria-labelledby={`needs-${group.id}`}>
                <h2 id={`needs-${group.id}`}>
                  {groupHeading(t, group.id)} <span className="muted small">({items.length})</span>
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
  const { t } = useTranslation('needs');
  const now = useNow();
  const labels = kindLabels(t, need.kind);
  const { where, what } = splitTitle(need.title);
  const headingId = `need-${need.id}`;
  // The public page is served by the server, outside the app's routes.
  const open = need.url.startsWith('/p/') ? (
    <a href={need.url} className="button button--small">
      {labels.open}
    </a>
  ) : (
    <Link to={need.url} className="button button--small">
      {labels.open}
    </Link>
  );
  return (
    <li className="need" data-testid="need" data-kind={need.kind} aria-labelledby={headingId}>
      <p className="need__what" id={headingId}>
        <span className="badge badge--inline">{labels.badge}</span> {what ?? where}
      </p>
      <p className="need__where small">
        <Trans
          t={t}
          i18nKey="item.where"
          values={{ ago: formatWhen(need.createdAt, now), at: formatInZone(need.createdAt, timeZone) }}
          components={{
            where: <StatementTitle title={where} />,
            time: <time dateTime={need.createdAt} title={formatInZone(need.createdAt, timeZone)} />,
            muted: <span className="muted" />,
          }}
        />
      </p>
      {need.excerpt && <blockquote className="need__excerpt">{need.excerpt}</blockquote>}
      {need.due && <Due due={need.due} now={now} timeZone={timeZone} />}
      <div className="need__actions">
        {open}
        <button type="button" className="button button--quiet button--small" onClick={onDone} aria-describedby={headingId}>
          {t('item.markDone')}
        </button>
      </div>
    </li>
  );
}

/**
 * The statement's title inside a message: the members' own text, rendered by this component from its prop
 * so Trans never parses it as part of the message (nor drops it: an element's own text children are lost).
 */
function StatementTitle({ title }: { title: string }) {
  return <strong>{title}</strong>;
}

function Due({ due, now, timeZone }: { due: string; now: number; timeZone: string }) {
  const { t } = useTranslation('needs');
  const left = new Date(due).getTime() - now;
  const when = formatInZone(due, timeZone);
  return left > 0 ? (
    <p className="need__due small" data-testid="need-due">
      <Trans t={t} i18nKey="due.decideBy" values={{ when, left: timeLeft(left) }} components={{ time: <time dateTime={due} />, strong: <strong /> }} />
    </p>
  ) : (
    <p className="need__due need__due--past small" data-testid="need-due">
      <Trans t={t} i18nKey="due.passed" values={{ when }} components={{ time: <time dateTime={due} /> }} />
    </p>
  );
}
