import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Secretariat, during sign-on: back to drafting, knowing that signatures will not carry over. */
export function ReopenButton({ statement, onReopened }: { statement: StatementView; onReopened(): void }) {
  const { t } = useTranslation('signons');
  return (
    <ConfirmButton
      label={t('reopen.button')}
      question={t('reopen.question')}
      confirmLabel={t('reopen.button')}
      failure={t('reopen.failure')}
      onConfirm={async () => {
        await apiRequest('POST', `/api/statements/${encodeURIComponent(statement.id)}/reopen`, {});
        onReopened();
      }}
    />
  );
}
