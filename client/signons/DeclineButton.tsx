import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('signons');
  const ours = useApiResource<OurDeclineView>(`/api/statements/${encodeURIComponent(statement.id)}/declines/ours`, t('errors.declineNotLoaded'));
  const [reason, setReason] = useState('');
  const publicEffect = signed ? t('decline.effectSigned', { organisation }) : t('decline.effectUnsigned', { organisation });
  return (
    <div className="decline" data-testid="decline">
      {ours.data?.declined && !signed && <p className="muted small">{t('decline.alreadyDeclined', { organisation })}</p>}
      {!(ours.data?.declined && !signed) && (
        <>
          <label className="field small">
            <span>{t('decline.reason')}</span>
            <textarea name="declineReason" rows={2} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <ConfirmButton
            label={t('decline.button')}
            question={t('decline.question', { organisation, effect: publicEffect })}
            confirmLabel={t('decline.confirm')}
            failure={t('decline.failure')}
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
