import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { dateLocale } from '../i18n/dateLocale.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';

/**
 * Where the statement is in its life, and the next step for this reader: decided from the `can`
 * list the server sent with the statement, never from roles held here.
 */
export function StageBanner({ statement, me }: { statement: StatementView; me: MeView }) {
  const { t } = useTranslation('statements');
  const can = (action: StatementView['can'][number]) => statement.can.includes(action);
  const base = `/statements/${encodeURIComponent(statement.id)}`;
  let stage: string;
  let next: ReactNode;
  switch (statement.stage) {
    case 'drafting':
      stage = t('banner.drafting');
      next = can('statement.freeze')
        ? t('banner.next.freeze')
        : can('fork.publish')
          ? t('banner.next.publishFork')
          : can('statement.editText')
            ? t('banner.next.draft')
            : can('statement.suggest')
              ? t('banner.next.suggest')
              : can('statement.comment')
                ? t('banner.next.comment')
                : t('banner.next.read');
      break;
    case 'sign-on': {
      const deadline = statement.settings.signOnDeadline;
      stage = !statement.signOnOpen
        ? t('banner.signOnClosed')
        : deadline === null
          ? t('banner.signOnOpen')
          : t('banner.signOnUntil', { date: formatDeadline(deadline, viewerTimeZone(me)) });
      next = can('statement.sign') ? (
        <Link to={`${base}/sign`}>{t('banner.next.sign')}</Link>
      ) : can('statement.withdrawSignature') ? (
        <Link to={`${base}/sign`}>{t('banner.next.signed')}</Link>
      ) : can('statement.publish') ? (
        t('banner.next.publish')
      ) : me.org !== null ? (
        t('banner.next.askSignatory')
      ) : (
        t('banner.next.read')
      );
      break;
    }
    case 'published':
      stage = t('banner.published');
      next = statement.ownerOrg === null ? <a href={`/p/${encodeURIComponent(statement.slug)}`}>{t('banner.next.readPublished')}</a> : null;
      break;
    case 'withdrawn':
      stage = t('banner.withdrawn');
      next = t('banner.next.withdrawn');
      break;
  }
  return (
    <section className={`notice stage-banner stage-banner--${statement.stage}`} data-testid="stage-banner" aria-label={t('banner.label')}>
      <strong data-testid="stage-banner-stage">{stage}</strong>
      {next !== null && (
        // A flex item of its own: the banner's gap sets it apart from the stage, on the same line or the next.
        <span data-testid="stage-banner-next">
          {t('banner.nextStep')} {next}
        </span>
      )}
    </section>
  );
}

/** "Friday 14 March 2031, 17:00 CET" in the reader's language and zone. */
function formatDeadline(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(dateLocale(), { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}
