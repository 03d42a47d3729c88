import type { StatementView } from '../../shared/api/types.ts';
import { PublishButton } from '../publishing/PublishButton.tsx';
import { WithdrawPublicationButton } from '../publishing/WithdrawPublicationButton.tsx';
import { FreezeButton } from './FreezeButton.tsx';
import { ReopenButton } from './ReopenButton.tsx';

/** What moved the statement on, to say so after the button that did it has gone. */
export type StageOutcome = { kind: 'frozen'; number: number; hash: string } | { kind: 'reopened' } | { kind: 'published'; url: string } | { kind: 'withdrawn' };

interface StageActionsProps {
  statement: StatementView;
  /** Signatures of the current final version, for the publish question; null while unknown. */
  signatureCount: number | null;
  /** What publishing now would cut short, from the tally on screen. */
  publishWarning?: string | null;
  onMoved(outcome: StageOutcome): void;
}

/** Secretariat: the next steps of the statement's life from where it is now. */
export function StageActions({ statement, signatureCount, publishWarning = null, onMoved }: StageActionsProps) {
  if (statement.stage === 'drafting') {
    return (
      <div className="stage-actions">
        <FreezeButton statement={statement} onFrozen={(final) => onMoved({ kind: 'frozen', ...final })} />
      </div>
    );
  }
  if (statement.stage === 'sign-on') {
    return (
      <div className="stage-actions">
        <PublishButton statement={statement} signatures={signatureCount} warning={publishWarning} onPublished={(url) => onMoved({ kind: 'published', url })} />
        <ReopenButton statement={statement} onReopened={() => onMoved({ kind: 'reopened' })} />
      </div>
    );
  }
  if (statement.stage === 'published') {
    return (
      <div className="stage-actions">
        <WithdrawPublicationButton statement={statement} onWithdrawn={() => onMoved({ kind: 'withdrawn' })} />
      </div>
    );
  }
  return null;
}
