import { Link } from 'react-router';
import type { StatementView, UpstreamView } from '../../shared/api/types.ts';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { PullButton } from './PullButton.tsx';
import { UpstreamChangeList } from './UpstreamChangeList.tsx';

interface UpstreamChangesPanelProps {
  fork: StatementView;
  upstream: UpstreamView;
  /** "the coalition text", or for a fork of a fork whose fork it comes from. */
  upstreamName: string;
  mayPull: boolean;
  /** Set once this page pulled, to say so and lead back to the editor. */
  pulled: boolean;
  onPulled(): void;
}

/** Where the fork comes from, whether that text moved since the last pull, what moved, and the pull. */
export function UpstreamChangesPanel({ fork, upstream, upstreamName, mayPull, pulled, onPulled }: UpstreamChangesPanelProps) {
  const forkPath = `/statements/${encodeURIComponent(fork.id)}`;
  const sentence = upstreamName.charAt(0).toUpperCase() + upstreamName.slice(1);
  return (
    <section className="panel panel--section upstream-panel" aria-labelledby="upstream-heading">
      <h2 id="upstream-heading">
        <span>
          From <Link to={`/statements/${encodeURIComponent(upstream.upstream.id)}`}>{upstream.upstream.title}</Link>
        </span>
      </h2>
      <p className="muted small meta-line">
        <span>
          Forked <time dateTime={upstream.forkedAt}>{formatDateTime(upstream.forkedAt)}</time>
          {upstream.upstreamVersion !== null && ` from version ${upstream.upstreamVersion}`}
        </span>
        <span>
          Last pulled <time dateTime={upstream.pulledAt}>{formatDateTime(upstream.pulledAt)}</time>
        </span>
      </p>
      <div
        className={`upstream-state upstream-state--${upstream.changed ? 'changed' : 'current'}`}
        data-testid="upstream-state"
        data-state={upstream.changed ? 'changed' : 'current'}
        role="status"
      >
        <span className="upstream-state__dot" aria-hidden="true" />
        <strong>{upstream.changed ? `${sentence} changed since you last pulled` : 'Up to date'}</strong>
        <span className="upstream-state__detail">
          {upstream.changed
            ? `${upstream.changes.length} ${upstream.changes.length === 1 ? 'paragraph' : 'paragraphs'} to bring in`
            : `This fork has every change made to ${upstreamName} so far.`}
        </span>
      </div>
      {pulled && (
        <div className="notice notice--ok" role="status">
          Pulled. The fork now has the upstream's changes, beside your own edits. <Link to={forkPath}>Open the fork</Link>
        </div>
      )}
      {upstream.changed && (
        <>
          <h3 className="panel__subheading">What a pull brings in</h3>
          <p className="muted small">
            A preview, paragraph by paragraph. Pull them one at a time or all at once: they merge with this fork's own edits, and nothing you wrote is lost.
          </p>
          {upstream.diffTooLarge !== undefined && (
            <p className="notice notice--warn small" role="note" data-testid="upstream-too-large">
              {upstream.diffTooLarge} Each changed paragraph is listed below; a paragraph that changed too much to compare word by word is shown whole.
            </p>
          )}
          {upstream.changes.length > 0 ? (
            <UpstreamChangeList changes={upstream.changes} pull={mayPull ? { forkId: fork.id, onPulled } : undefined} />
          ) : (
            <p className="muted small">Only formatting changed.</p>
          )}
          {mayPull ? (
            <PullButton forkId={fork.id} onPulled={onPulled} />
          ) : (
            <p className="muted small">
              Only contacts of {fork.ownerOrg?.name ?? 'its organisation'} can pull changes into this fork
              {fork.stage !== 'drafting' ? ', and only while it is a draft' : ''}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
