import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';

/** "Forgot your password?": asks for a reset link by mail (the same answer whether the account exists or not). */
export function ForgotPasswordPage() {
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
      setError(errorMessage(caught, 'The reset link could not be requested. Try again.'));
    } finally {
      setBusy(false);
    }
  }

  if (sentTo !== null) {
    return (
      <AuthLayout
        title="Check your mail"
        subtitle={`If ${sentTo} belongs to an Accord account, a link to choose a new password is on its way. It works for 2 days.`}
      >
        <p className="muted small">Nothing arrived after a few minutes? Look in your spam folder, or ask the secretariat for a reset link.</p>
        <Link className="button" to="/login">
          Back to sign in
        </Link>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Forgot your password?" subtitle="Enter the e-mail address of your account and we will mail you a link to choose a new password.">
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>E-mail</span>
          {/* biome-ignore lint/a11y/noAutofocus: a single-purpose page: this field is the only thing to do here */}
          <input name="email" type="email" autoComplete="username" required autoFocus maxLength={254} />
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Mail me a reset link'}
        </button>
        <p className="small">
          <Link to="/login">Back to sign in</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
