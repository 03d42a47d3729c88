import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { OrganisationView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { useSession } from '../auth/SessionContext.tsx';
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
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [invitation, setInvitation] = useState<InvitationView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    apiRequest<InvitationView>('GET', `/api/invitations/${encodeURIComponent(token)}`).then(setInvitation, (caught: unknown) =>
      setLoadError(caught instanceof ApiError ? caught.message : 'This invitation could not be opened.'),
    );
  }, [token]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/invitations/${encodeURIComponent(token)}/accept`, {
        name: form.get('name'),
        password: form.get('password'),
      });
      await refresh();
      navigate('/', { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Accepting failed. Try again.');
    } finally {
      setBusy(false);
    }
  }

  if (loadError) {
    return (
      <AuthLayout title="Invitation not available" subtitle={loadError}>
        <a className="button" href="/login">Go to sign in</a>
      </AuthLayout>
    );
  }
  if (invitation === null) return <div className="page-loading" aria-busy="true">Loading…</div>;

  const joining = invitation.org ? ` of ${invitation.org.name}` : ' of the coalition';
  return (
    <AuthLayout title="Join Accord" subtitle={`You are invited as ${ROLE_NAMES[invitation.role]}${joining} (${invitation.email}).`}>
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>Your name, as colleagues will see it</span>
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
