import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementView, UpstreamView } from '../../shared/api/types.ts';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { PullButton } from './PullButton.tsx';
import { UpstreamChangeList } from './UpstreamChangeList.tsx';

interface UpstreamChangesPanelProps {
  fork: StatementView;
  upstream: UpstreamView;
  /** For a fork of a fork, the organisation whose fork it comes from; null when it is the coalition's text. */
  upstreamOwner: string | null;
  mayPull: boolean;
  /** Set once this page pulled, to say so and lead back to the editor. */
  pulled: boolean;
  onPulled(): void;
}

/** Where the fork comes from, whether that text moved since the last pull, what moved, and the pull. */
export function UpstreamChangesPanel({ fork, upstream, upstreamOwner, mayPull, pulled, onPulled }: UpstreamChangesPanelProps) {
  const { t } = useTranslation('forks');
  const forkPath = `/statements/${encodeURIComponent(fork.id)}`;
  const organisation = fork.ownerOrg?.name ?? t('changes.itsOrganisation');
  const changedState = upstreamOwner === null ? t('changes.coalitionChanged') : t('changes.forkChanged', { organisation: upstreamOwner });
  const currentDetail = upstreamOwner === null ? t('changes.coalitionCurrent') : t('changes.forkCurrent', { organisation: upstreamOwner });
  return (
    <section className="panel panel--section upstream-panel" aria-labelledby="upstream-heading">
      <h2 id="upstream-heading">
        <span>
          <Trans
            t={t}
            i18nKey="changes.from"
            values={{ title: upstream.upstream.title }}
            components={{ a: <Link to={`/statements/${encodeURIComponent(upstream.upstream.id)}`} /> }}
          />
        </span>
      </h2>
      <p className="muted small meta-line">
        <span>
          {upstream.upstreamVersion === null ? (
            <Trans
              t={t}
              i18nKey="changes.forked"
              values={{ when: formatDateTime(upstream.forkedAt) }}
              components={{ time: <time dateTime={upstream.forkedAt} /> }}
            />
          ) : (
            <Trans
              t={t}
              i18nKey="changes.forkedFromVersion"
              values={{ when: formatDateTime(upstream.forkedAt), version: upstream.upstreamVersion }}
              components={{ time: <time dateTime={upstream.forkedAt} /> }}
            />
          )}
        </span>
        <span>
          <Trans
            t={t}
            i18nKey="changes.lastPulled"
            values={{ when: formatDateTime(upstream.pulledAt) }}
            components={{ time: <time dateTime={upstream.pulledAt} /> }}
          />
        </span>
      </p>
      <div
        className={`upstream-state upstream-state--${upstream.changed ? 'changed' : 'current'}`}
        data-testid="upstream-state"
        data-state={upstream.changed ? 'changed' : 'current'}
        role="status"
      >
        <span className="upstream-state__dot" aria-hidden="true" />
        <strong>{upstream.changed ? changedState : t('changes.upToDate')}</strong>
        <span className="upstream-state__detail">{upstream.changed ? t('changes.toBringIn', { n: upstream.changes.length }) : currentDetail}</span>
      </div>
      {pulled && (
        <div className="notice notice--ok" role="status">
          {t('changes.pulled')} <Link to={forkPath}>{t('changes.openFork')}</Link>
        </div>
      )}
      {upstream.changed && (
        <>
          <h3 className="panel__subheading">{t('changes.previewHeading')}</h3>
          <p className="muted small">{t('changes.previewIntro')}</p>
          {upstream.diffTooLarge !== undefined && (
            <p className="notice notice--warn small" role="note" data-testid="upstream-too-large">
              {upstream.diffTooLarge} {t('changes.tooLarge')}
            </p>
          )}
          {upstream.changes.length > 0 ? (
            <UpstreamChangeList changes={upstream.changes} pull={mayPull ? { forkId: fork.id, onPulled } : undefined} />
          ) : (
            <p className="muted small">{t('changes.formattingOnly')}</p>
          )}
          {mayPull ? (
            <PullButton forkId={fork.id} onPulled={onPulled} />
          ) : (
            <p className="muted small">
              {fork.stage === 'drafting' ? t('changes.mayNotPull', { organisation }) : t('changes.mayNotPullDraft', { organisation })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
