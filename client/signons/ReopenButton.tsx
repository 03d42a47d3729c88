import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Secretariat, during sign-on: back to drafting, knowing that signatures will not carry over. */
export function ReopenButton({ statement, onReopened }: { statement: StatementView; onReopened(): void }) {
  return (
    <ConfirmButton
      label="Reopen drafting"
      question="Drafters can edit again. Signatures already given stay with this version: after the next freeze, each organisation must confirm the new text before anything is published in its name. Reopen?"
      confirmLabel="Reopen drafting"
      failure="Drafting could not be reopened."
      onConfirm={async () => {
        await apiRequest('POST', `/api/statements/${encodeURIComponent(statement.id)}/reopen`, {});
        onReopened();
      }}
    />
  );
}
