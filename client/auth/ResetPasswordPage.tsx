import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { PageLoading } from '../layout/PageLoading.tsx';
import { useSignInForm } from './useSignInForm.ts';

/** A password reset link from the secretariat: choose a new password and be signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const [account, setAccount] = useState<{ email: string; name: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { busy, error, handleSubmit } = useSignInForm(
    `/api/password-resets/${encodeURIComponent(token)}`,
    (form) => ({ password: form.get('password') }),
    '/',
    t('reset.failed'),
  );

  useEffect(() => {
    apiRequest<{ email: string; name: string }>('GET', `/api/password-resets/${encodeURIComponent(token)}`).then(setAccount, (caught: unknown) =>
      setLoadError(errorMessage(caught, t('reset.notOpened'))),
    );
  }, [token, t]);

  if (loadError) {
    return (
      <AuthLayout title={t('reset.unavailable')} subtitle={loadError}>
        <a className="button" href="/login">
          {t('reset.goToSignIn')}
        </a>
      </AuthLayout>
    );
  }
  if (account === null) return <PageLoading />;

  return (
    <AuthLayout title={t('reset.title')} subtitle={t('reset.subtitle', { name: account.name, email: account.email })}>
      <form className="form" onSubmit={handleSubmit}>
        <input type="email" name="email" value={account.email} autoComplete="username" readOnly hidden />
        <div className="field">
          <label htmlFor="reset-password">{t('fields.newPassword')}</label>
          <input
            id="reset-password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            maxLength={200}
            required
            // biome-ignore lint/a11y/noAutofocus: a single-purpose page: this field is the only thing to do here
            autoFocus
            aria-describedby="reset-password-hint"
          />
          <small className="muted" id="reset-password-hint">
            {t('fields.passwordHint')}
          </small>
        </div>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('reset.busy') : t('reset.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
