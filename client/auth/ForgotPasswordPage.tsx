import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRODUCT_NAME } from '../../shared/i18n/productName.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';

/** "Forgot your password?": asks for a reset link by mail (the same answer whether the account exists or not). */
export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '');
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', '/api/auth/forgot', { email });
      setSentTo(email);
    } catch (caught) {
      setError(errorMessage(caught, t('forgot.failed')));
    } finally {
      setBusy(false);
    }
  }

  if (sentTo !== null) {
    return (
      <AuthLayout title={t('forgot.sentTitle')} subtitle={t('forgot.sentSubtitle', { email: sentTo, product: PRODUCT_NAME })}>
        <p className="muted small">{t('forgot.nothingArrived')}</p>
        <Link className="button" to="/login">
          {t('forgot.back')}
        </Link>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('forgot.title')} subtitle={t('forgot.subtitle')}>
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('fields.email')}</span>
          {/* biome-ignore lint/a11y/noAutofocus: a single-purpose page: this field is the only thing to do here */}
          <input name="email" type="email" autoComplete="username" required autoFocus maxLength={254} />
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('forgot.busy') : t('forgot.submit')}
        </button>
        <p className="small">
          <Link to="/login">{t('forgot.back')}</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
