import { useState } from 'react';
import type { OurDeclineView, StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/**
 * A signatory declines the final text for their organisation, with an optional reason only the
 * secretariat reads. Declining after signing withdraws the signature first, and the words say what
 * the public page then shows.
 */
export function DeclineButton({
  statement,
  organisation,
  signed,
  onDeclined,
}: {
  statement: StatementView;
  organisation: string;
  signed: boolean;
  onDeclined(): void;
}) {
  const ours = useApiResource<OurDeclineView>(
    `/api/statements/${encodeURIComponent(statement.id)}/declines/ours`,
    'Whether your organisation declined could not be loaded.',
  );
  const [reason, setReason] = useState('');
  const publicEffect = signed
    ? `${organisation}'s signature is withdrawn: the public page lists it under “Withdrawn signatures”, with today's date.`
    : `The public page does not mention ${organisation}: only the secretariat sees that it declined, and the reason.`;
  return (
    <div className="decline" data-testid="decline">
      {ours.data?.declined && !signed && <p className="muted small">{organisation} declined this text. You can still sign it while sign-on is open.</p>}
      {!(ours.data?.declined && !signed) && (
        <>
          <label className="field small">
            <span>Reason for declining (optional, for the secretariat only)</span>
            <textarea name="declineReason" rows={2} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <ConfirmButton
            label="Decline to sign"
            question={`${organisation} declines to sign this text. ${publicEffect} Decline?`}
            confirmLabel="Decline"
            failure="Declining did not work."
            onConfirm={async () => {
              await apiRequest('POST', `/api/statements/${encodeURIComponent(statement.id)}/declines`, reason.trim() ? { reason: reason.trim() } : {});
              ours.reload();
              onDeclined();
            }}
          />
        </>
      )}
    </div>
  );
}
