import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SetupStatusView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { useSignInForm } from './useSignInForm.ts';

/** The first secretariat account, through the one-time link the server printed at start. */
export function SetupPage() {
  const [searchParams] = useSearchParams();
  const [open, setOpen] = useState<boolean | null>(null);
  const token = searchParams.get('token') ?? '';
  const { busy, error, handleSubmit } = useSignInForm(
    '/api/setup',
    (form) => ({ token, email: form.get('email'), name: form.get('name'), password: form.get('password') }),
    '/',
    'Setup failed. Try again.',
  );

  useEffect(() => {
    apiRequest<SetupStatusView>('GET', '/api/setup').then(
      (status) => setOpen(status.setupRequired),
      () => setOpen(false),
    );
  }, []);

  if (open === false) {
    return (
      <AuthLayout title="Setup is done" subtitle="This Accord already has its first secretariat account.">
        <a className="button button--primary" href="/login">
          Go to sign in
        </a>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Create the secretariat account" subtitle="The first account coordinates the coalition: it invites organisations and opens statements.">
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>Your name</span>
          <input name="name" autoComplete="name" required maxLength={120} />
        </label>
        <label className="field">
          <span>E-mail</span>
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label className="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete="new-password" minLength={10} required />
          <small className="muted">At least 10 characters.</small>
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy || token === ''}>
          {busy ? 'Creating…' : 'Create account'}
        </button>
        {token === '' && <FormError message="This page needs the setup link the server printed (it ends in ?token=…)." />}
      </form>
    </AuthLayout>
  );
}
