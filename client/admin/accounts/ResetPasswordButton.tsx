import { useState } from 'react';
import { useSingleFlight } from '../../api/useSingleFlight.ts';
import { useTranslation } from 'react-i18next';
import type { OneTimeLinkView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { useToast } from '../../layout/Toasts.tsx';
import type { IssuedResetLink } from './IssuedResetLink.ts';

/** Issues a one-time link with which the person chooses a new password (for a forgotten one). */
export function ResetPasswordButton({ account, onIssued }: { account: { id: string; name: string }; onIssued(link: IssuedResetLink): void }) {
  const { t } = useTranslation('admin');
  const { busy, run } = useSingleFlight();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    await run(async () => {
      setError(null);
      try {
        const { url } = await apiRequest<OneTimeLinkView>('POST', `/api/users/${account.id}/password-reset`);
        onIssued({ name: account.name, url });
        toast({ message: t('accounts.resetLinkCreated', { name: account.name }) });
      } catch (caught) {
        setError(errorMessage(caught, t('accounts.resetLinkNotCreated')));
      }
    });
  }

  return (
    <>
      <button
        className="button button--small"
        type="button"
        disabled={busy}
        aria-label={t('accounts.resetPasswordOf', { name: account.name })}
        onClick={() => void handleClick()}
      >
        {busy ? t('accounts.creatingResetLink') : t('accounts.resetPassword')}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
