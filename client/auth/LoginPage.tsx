import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { safeNextPath } from './safeNextPath.ts';
import { useSession } from './SessionContext.tsx';
import { useSignInForm } from './useSignInForm.ts';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const { me } = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { busy, error, handleSubmit } = useSignInForm(
    '/api/auth/login',
    (form) => ({ email: form.get('email'), password: form.get('password') }),
    next,
    t('login.failed'),
  );

  if (me) return <Navigate to={next} replace />;

  return (
    <AuthLayout title={t('login.title')} subtitle={t('login.subtitle')}>
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('fields.email')}</span>
          {/* biome-ignore lint/a11y/noAutofocus: a single-purpose page: this field is the only thing to do here */}
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label className="field">
          <span>{t('fields.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
        <p className="small">
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
