import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Secretariat, once published: takes the statement back; its public page stays, marked withdrawn. */
export function WithdrawPublicationButton({ statement, onWithdrawn }: { statement: StatementView; onWithdrawn(): void }) {
  const { t } = useTranslation('publishing');
  return (
    <ConfirmButton
      label={t('withdraw.button')}
      question={t('withdraw.question')}
      confirmLabel={t('withdraw.confirm')}
      failure={t('withdraw.failure')}
      busyLabel={t('withdraw.busy')}
      onConfirm={async () => {
        await apiRequest('POST', `/api/statements/${encodeURIComponent(statement.id)}/withdraw`, {});
        onWithdrawn();
      }}
    />
  );
}
