import { useTranslation } from 'react-i18next';
import { ActionNotice } from './ActionNotice.tsx';
import type { StageOutcome } from './StageActions.tsx';

/** Says what the secretariat's last step did, with the public address after publishing. */
export function StageOutcomeNotice({ outcome }: { outcome: StageOutcome }) {
  const { t } = useTranslation('signons');
  switch (outcome.kind) {
    case 'frozen':
      return (
        <ActionNotice>
          {t('outcome.frozen', { version: outcome.number })}
          <code className="sign-on-notice__hash">{outcome.hash}</code>
        </ActionNotice>
      );
    case 'reopened':
      return <ActionNotice tone="warn">{t('outcome.reopened')}</ActionNotice>;
    case 'published':
      return (
        <ActionNotice>
          {t('outcome.publishedAt')}{' '}
          <a href={outcome.url} target="_blank" rel="noopener">
            {outcome.url}
          </a>
        </ActionNotice>
      );
    case 'withdrawn':
      return <ActionNotice tone="warn">{t('outcome.withdrawn')}</ActionNotice>;
  }
}
