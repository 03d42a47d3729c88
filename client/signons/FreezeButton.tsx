import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Secretariat, while drafting: makes the numbered final version organisations sign. */
export function FreezeButton({ statement, onFrozen }: { statement: StatementView; onFrozen(final: { number: number; hash: string }): void }) {
  return (
    <ConfirmButton
      label="Freeze the final text"
      question="Every drafter's editor turns read-only and a numbered final version with its hash is made. Organisations then sign that exact text. Freeze it now?"
      confirmLabel="Freeze"
      tone="plain"
      failure="The text could not be frozen."
      onConfirm={async () => onFrozen(await apiRequest<{ number: number; hash: string }>('POST', `/api/statements/${encodeURIComponent(statement.id)}/freeze`, {}))}
    />
  );
}
