import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityView } from '../../shared/api/dashboard.ts';
import { formatWhen } from '../statements/formatWhen.ts';

/** One event as a sentence, the statement's title a link (not a `<link>` tag: HTML parses it as void); one literal key per event, so the extractor sees each. */
function ActivitySentence({ item, t }: { item: ActivityView; t: TFunction<'dashboard'> }) {
  const props = {
    t,
    values: { who: item.actorName ?? t('activity.someone'), title: item.statement.title },
    components: { statement: <Link to={`/statements/${item.statement.id}`} /> },
  } as const;
  switch (item.event) {
    case 'created':
      return <Trans {...props} ns="dashboard" i18nKey="activity.created" />;
    case 'renamed':
      return <Trans {...props} ns="dashboard" i18nKey="activity.renamed" />;
    case 'drafterAdded':
      return <Trans {...props} ns="dashboard" i18nKey="activity.drafterAdded" />;
    case 'openedForSignOn':
      return <Trans {...props} ns="dashboard" i18nKey="activity.openedForSignOn" />;
    case 'reopened':
      return <Trans {...props} ns="dashboard" i18nKey="activity.reopened" />;
    case 'withdrawn':
      return <Trans {...props} ns="dashboard" i18nKey="activity.withdrawn" />;
    case 'versionNamed':
      return <Trans {...props} ns="dashboard" i18nKey="activity.versionNamed" />;
    case 'forked':
      return <Trans {...props} ns="dashboard" i18nKey="activity.forked" />;
    case 'forkShared':
      return <Trans {...props} ns="dashboard" i18nKey="activity.forkShared" />;
    case 'commented':
      return <Trans {...props} ns="dashboard" i18nKey="activity.commented" />;
    case 'suggested':
      return <Trans {...props} ns="dashboard" i18nKey="activity.suggested" />;
    case 'replied':
      return <Trans {...props} ns="dashboard" i18nKey="activity.replied" />;
    case 'resolved':
      return <Trans {...props} ns="dashboard" i18nKey="activity.resolved" />;
    case 'suggestionAccepted':
      return <Trans {...props} ns="dashboard" i18nKey="activity.suggestionAccepted" />;
    case 'suggestionRejected':
      return <Trans {...props} ns="dashboard" i18nKey="activity.suggestionRejected" />;
    case 'signed':
      return <Trans {...props} ns="dashboard" i18nKey="activity.signed" />;
    case 'signatureWithdrawn':
      return <Trans {...props} ns="dashboard" i18nKey="activity.signatureWithdrawn" />;
    case 'published':
      return <Trans {...props} ns="dashboard" i18nKey="activity.published" />;
    case 'consultationLinked':
      return <Trans {...props} ns="dashboard" i18nKey="activity.consultationLinked" />;
    case 'settingsChanged':
      return <Trans {...props} ns="dashboard" i18nKey="activity.settingsChanged" />;
  }
}

/** What happened lately on the statements I follow, in sentences. */
export function RecentActivity({ activity }: { activity: ActivityView[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="panel dashboard__activity" aria-labelledby="dashboard-activity-heading">
      <h2 id="dashboard-activity-heading">{t('activity.heading')}</h2>
      {activity.length === 0 ? (
        <p className="muted" data-testid="dashboard-activity-empty">
          {t('activity.empty')}
        </p>
      ) : (
        <ul className="dashboard__list">
          {activity.map((item) => (
            <li key={item.sequence} data-testid="dashboard-activity">
              <ActivitySentence item={item} t={t} /> <span className="muted small">{formatWhen(item.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
