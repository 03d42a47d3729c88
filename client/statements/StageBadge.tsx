import type { StatementStage } from '../../shared/api/types.ts';

const LABELS: Record<StatementStage, string> = {
  drafting: 'Drafting',
  'sign-on': 'Sign-on',
  published: 'Published',
  withdrawn: 'Withdrawn',
};

export function StageBadge({ stage }: { stage: StatementStage }) {
  return <span className={`badge badge--${stage}`}>{LABELS[stage]}</span>;
}
