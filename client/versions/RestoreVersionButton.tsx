import type { VersionView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Makes a version the current text again, after saying what that means. */
export function RestoreVersionButton({ statementId, version, onRestored }: { statementId: string; version: VersionView; onRestored(): void }) {
  async function handleRestore() {
    await apiRequest('POST', `/api/statements/${encodeURIComponent(statementId)}/versions/${version.number}/restore`, {});
    onRestored();
  }

  return (
    <ConfirmButton
      label="Restore this version"
      question={`Make “${version.name}” the current text? It arrives as a new change, which everyone editing sees at once. Nothing is erased: every version stays in the history, so name the current text first if you may want it back.`}
      confirmLabel="Restore"
      tone="plain"
      failure="The version could not be restored."
      onConfirm={handleRestore}
    />
  );
}
