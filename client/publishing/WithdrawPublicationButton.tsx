import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Secretariat, once published: takes the statement back; its public page stays, marked withdrawn. */
export function WithdrawPublicationButton({ statement, onWithdrawn }: { statement: StatementView; onWithdrawn(): void }) {
  return (
    <ConfirmButton
      label="Withdraw publication"
      question="The coalition no longer stands behind this statement: its public page stays, marked withdrawn, and this cannot be undone. Withdraw it?"
      confirmLabel="Withdraw"
      failure="The publication could not be withdrawn."
      onConfirm={async () => {
        await apiRequest('POST', `/api/statements/${encodeURIComponent(statement.id)}/withdraw`, {});
        onWithdrawn();
      }}
    />
  );
}
