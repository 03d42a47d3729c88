import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { safeNextPath } from './safeNextPath.ts';
import { useSession } from './SessionContext.tsx';

export function LoginPage() {
  const { me, refresh } = useSession();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNextPath(searchParams.get('next'));

  if (me) return <Navigate to={next} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', '/api/auth/login', { email: form.get('email'), password: form.get('password') });
      await refresh();
      navigate(next, { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Signing in failed. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout title="Sign in" subtitle="Use the e-mail address your invitation was sent to.">
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>E-mail</span>
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
      </form>
    </AuthLayout>
  );
}
