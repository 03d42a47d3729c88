import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { publishWarning } from './publishWarning.ts';
import { StageActions, type StageOutcome } from './StageActions.tsx';
import { TallyPanel } from './TallyPanel.tsx';
import { useTally } from './useTally.ts';

interface SecretariatSignOnProps {
  statement: StatementView;
  onMoved(outcome: StageOutcome): void;
}

/** The secretariat's part of the sign-on panel: the next step and, once frozen, the live tally. */
export function SecretariatSignOn({ statement, onMoved }: SecretariatSignOnProps) {
  const { finalVersion, stage } = statement;
  if (finalVersion === null || stage === 'drafting' || stage === 'withdrawn') {
    return <StageActions statement={statement} signatureCount={null} onMoved={onMoved} />;
  }
  // Keyed by the final version: a new freeze is a new tally, never the old one shown as current.
  return <WithTally key={finalVersion.number} statement={statement} onMoved={onMoved} />;
}

/** The publish question counts signatures from the tally on screen, so the two never disagree. */
function WithTally({ statement, onMoved }: SecretariatSignOnProps) {
  const { t } = useTranslation('signons');
  const tally = useTally(statement);
  const signed = tally.data?.filter((row) => row.status === 'signed').length ?? null;
  const warning = tally.data ? publishWarning(statement, tally.data, Date.now(), t) : null;
  return (
    <>
      <StageActions statement={statement} signatureCount={signed} publishWarning={warning} onMoved={onMoved} />
      <TallyPanel statement={statement} tally={tally} />
    </>
  );
}
