import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { SignatureCount } from '../signons/SignatureCount.tsx';
import { formatCountdown } from '../time/formatCountdown.ts';
import { formatDeadline } from '../time/formatDeadline.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';
import { formatWhen } from './formatWhen.ts';
import { StageBadge } from './StageBadge.tsx';

/** One statement in a list (the statement list, the dashboard): its stage, open comments, the caller's access, its deadline. */
export function StatementCard({ statement, me, extra }: { statement: StatementView; me: MeView; extra?: ReactNode }) {
  const { t } = useTranslation('statements');
  const access = statement.access === 'write' ? t('card.canEdit') : statement.can.includes('statement.comment') ? t('card.canComment') : t('card.readOnly');
  return (
    <Link to={`/statements/${statement.id}`} className="statement-card">
      <span className="statement-card__title">{statement.title}</span>
      <span className="statement-card__meta">
        <StageBadge stage={statement.stage} />
        {extra}
        {statement.stage === 'sign-on' && <SignatureCount statement={statement} />}
        {statement.threadCounts.total > 0 && (
          <span data-testid="thread-count" title={t('card.threadsInAll', { n: statement.threadCounts.total })}>
            {t('card.openComments', { n: statement.threadCounts.open })}
          </span>
        )}
        <span>{access}</span>
        {statement.consultation && (
          <span data-testid="deadline-countdown" title={formatDeadline(statement.consultation.deadline, viewerTimeZone(me))}>
            {t('card.deadline', {
              date: formatDeadline(statement.consultation.deadline, viewerTimeZone(me), { dateOnly: true }),
              countdown: formatCountdown(statement.consultation.deadline),
            })}
          </span>
        )}
        <span>{t('card.updated', { when: formatWhen(statement.updatedAt) })}</span>
      </span>
    </Link>
  );
}
