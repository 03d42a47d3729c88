import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PRODUCT_NAME } from '../../shared/i18n/productName.ts';
import type { SetupStatusView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { useSignInForm } from './useSignInForm.ts';

/** The first secretariat account, through the one-time link the server printed at start. */
export function SetupPage() {
  const { t } = useTranslation('auth');
  const [searchParams] = useSearchParams();
  const [open, setOpen] = useState<boolean | null>(null);
  const token = searchParams.get('token') ?? '';
  const { busy, error, handleSubmit } = useSignInForm(
    '/api/setup',
    (form) => ({ token, email: form.get('email'), name: form.get('name'), password: form.get('password') }),
    '/',
    t('setup.failed'),
  );

  useEffect(() => {
    apiRequest<SetupStatusView>('GET', '/api/setup').then(
      (status) => setOpen(status.setupRequired),
      () => setOpen(false),
    );
  }, []);

  if (open === false) {
    return (
      <AuthLayout title={t('setup.doneTitle')} subtitle={t('setup.doneSubtitle', { product: PRODUCT_NAME })}>
        <a className="button button--primary" href="/login">
          {t('setup.goToSignIn')}
        </a>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.subtitle')}>
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('fields.name')}</span>
          <input name="name" autoComplete="name" required maxLength={120} />
        </label>
        <label className="field">
          <span>{t('fields.email')}</span>
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label className="field">
          <span>{t('fields.password')}</span>
          <input name="password" type="password" autoComplete="new-password" minLength={10} required />
          <small className="muted">{t('fields.passwordHint')}</small>
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy || token === ''}>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
        {token === '' && <FormError message={t('setup.needsToken')} />}
      </form>
    </AuthLayout>
  );
}
