import { useTranslation } from 'react-i18next';
import type { VersionView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/** Makes a version the current text again, after saying what that means. */
export function RestoreVersionButton({ statementId, version, onRestored }: { statementId: string; version: VersionView; onRestored(): void }) {
  const { t } = useTranslation('versions');

  async function handleRestore() {
    await apiRequest('POST', `/api/statements/${encodeURIComponent(statementId)}/versions/${version.number}/restore`, {});
    onRestored();
  }

  return (
    <ConfirmButton
      label={t('restore.label')}
      question={t('restore.question', { name: version.name })}
      confirmLabel={t('restore.confirm')}
      tone="plain"
      failure={t('restore.failed')}
      busyLabel={t('restore.busy')}
      onConfirm={handleRestore}
    />
  );
}
