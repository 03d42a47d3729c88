import { useTranslation } from 'react-i18next';
import type { StatementStage } from '../../shared/api/types.ts';

export function StageBadge({ stage }: { stage: StatementStage }) {
  const { t } = useTranslation('statements');
  const labels: Record<StatementStage, string> = {
    drafting: t('stage.drafting'),
    'sign-on': t('stage.signOn'),
    published: t('stage.published'),
    withdrawn: t('stage.withdrawn'),
  };
  return <span className={`badge badge--${stage}`}>{labels[stage]}</span>;
}
