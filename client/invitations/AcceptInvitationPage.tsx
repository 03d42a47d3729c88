import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { OrganisationView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { useSignInForm } from '../auth/useSignInForm.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';

interface InvitationView {
  email: string;
  role: 'secretariat' | 'contact' | 'signatory';
  org: OrganisationView | null;
  expiresAt: string;
}

const ROLE_NAMES = { secretariat: 'a member of the secretariat', contact: 'a contact', signatory: 'a signatory contact' };

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const [invitation, setInvitation] = useState<InvitationView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { busy, error, handleSubmit } = useSignInForm(
    `/api/invitations/${encodeURIComponent(token)}/accept`,
    (form) => ({ name: form.get('name'), password: form.get('password') }),
    '/',
    'Accepting failed. Try again.',
  );

  useEffect(() => {
    apiRequest<InvitationView>('GET', `/api/invitations/${encodeURIComponent(token)}`).then(setInvitation, (caught: unknown) =>
      setLoadError(caught instanceof ApiError ? caught.message : 'This invitation could not be opened.'),
    );
  }, [token]);

  if (loadError) {
    return (
      <AuthLayout title="Invitation not available" subtitle={loadError}>
        <a className="button" href="/login">
          Go to sign in
        </a>
      </AuthLayout>
    );
  }
  if (invitation === null)
    return (
      <div className="page-loading" aria-busy="true">
        Loading…
      </div>
    );

  const joining = invitation.org ? ` of ${invitation.org.name}` : ' of the coalition';
  return (
    <AuthLayout title="Join Accord" subtitle={`You are invited as ${ROLE_NAMES[invitation.role]}${joining} (${invitation.email}).`}>
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>Your name, as colleagues will see it</span>
          {/* biome-ignore lint/a11y/noAutofocus: a single-purpose page: this field is the only thing to do here */}
          <input name="name" autoComplete="name" required maxLength={120} autoFocus />
        </label>
        <label className="field">
          <span>Choose a password</span>
          <input name="password" type="password" autoComplete="new-password" minLength={10} required />
          <small className="muted">At least 10 characters.</small>
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Joining…' : 'Accept invitation'}
        </button>
      </form>
    </AuthLayout>
  );
}
