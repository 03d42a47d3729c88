import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/apiRequest.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';
import { useToast } from '../../layout/Toasts.tsx';

/** Removes an account: the person is signed out everywhere and can no longer sign in. */
export function RemoveAccountButton({ account, onRemoved }: { account: { id: string; name: string }; onRemoved(): void }) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  return (
    <ConfirmButton
      label={t('accounts.remove')}
      accessibleLabel={t('accounts.removeWho', { name: account.name })}
      question={t('accounts.removeQuestion', { name: account.name })}
      confirmLabel={t('accounts.removeConfirm')}
      failure={t('accounts.notRemoved')}
      onConfirm={async () => {
        await apiRequest('DELETE', `/api/users/${account.id}`);
        onRemoved();
        toast({ message: t('accounts.removed', { name: account.name }) });
      }}
    />
  );
}
