import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { safeNextPath } from './safeNextPath.ts';
import { useSession } from './SessionContext.tsx';
import { useSignInForm } from './useSignInForm.ts';

export function LoginPage() {
  const { me } = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { busy, error, handleSubmit } = useSignInForm(
    '/api/auth/login',
    (form) => ({ email: form.get('email'), password: form.get('password') }),
    next,
    'Signing in failed. Try again.',
  );

  if (me) return <Navigate to={next} replace />;

  return (
    <AuthLayout title="Sign in" subtitle="Use the e-mail address your invitation was sent to.">
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>E-mail</span>
          {/* biome-ignore lint/a11y/noAutofocus: a single-purpose page: this field is the only thing to do here */}
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label className="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="small">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
