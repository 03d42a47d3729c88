import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { useSignInForm } from './useSignInForm.ts';

/** A password reset link from the secretariat: choose a new password and be signed in. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [account, setAccount] = useState<{ email: string; name: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { busy, error, handleSubmit } = useSignInForm(
    `/api/password-resets/${encodeURIComponent(token)}`,
    (form) => ({ password: form.get('password') }),
    '/',
    'The password could not be set. Try again.',
  );

  useEffect(() => {
    apiRequest<{ email: string; name: string }>('GET', `/api/password-resets/${encodeURIComponent(token)}`).then(setAccount, (caught: unknown) =>
      setLoadError(errorMessage(caught, 'This reset link could not be opened.')),
    );
  }, [token]);

  if (loadError) {
    return (
      <AuthLayout title="Reset link not available" subtitle={loadError}>
        <a className="button" href="/login">
          Go to sign in
        </a>
      </AuthLayout>
    );
  }
  if (account === null)
    return (
      <div className="page-loading" aria-busy="true">
        Loading…
      </div>
    );

  return (
    <AuthLayout title="Choose a new password" subtitle={`For ${account.name} (${account.email}). Every device signed in with the old password is signed out.`}>
      <form className="form" onSubmit={handleSubmit}>
        <input type="email" name="email" value={account.email} autoComplete="username" readOnly hidden />
        <div className="field">
          <label htmlFor="reset-password">New password</label>
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
            At least 10 characters.
          </small>
        </div>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Set password and sign in'}
        </button>
      </form>
    </AuthLayout>
  );
}
