import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { OrganisationView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { useSignInForm } from '../auth/useSignInForm.ts';
import { AuthLayout } from '../layout/AuthLayout.tsx';
import { FormError } from '../layout/FormError.tsx';
import { PRODUCT_NAME } from '../../shared/i18n/productName.ts';

interface InvitationView {
  email: string;
  role: 'secretariat' | 'contact' | 'signatory';
  org: OrganisationView | null;
  expiresAt: string;
}

export function AcceptInvitationPage() {
  const { t } = useTranslation('invitations');
  const { token = '' } = useParams();
  const [invitation, setInvitation] = useState<InvitationView | null>(null);
  // The server's reason when it gave one; null: ours, worded at render time in the current language.
  const [loadError, setLoadError] = useState<{ reason: string | null } | null>(null);
  const { busy, error, handleSubmit } = useSignInForm(
    `/api/invitations/${encodeURIComponent(token)}/accept`,
    (form) => ({ name: form.get('name'), password: form.get('password') }),
    '/',
    t('errors.acceptFailed'),
  );

  useEffect(() => {
    apiRequest<InvitationView>('GET', `/api/invitations/${encodeURIComponent(token)}`).then(setInvitation, (caught: unknown) =>
      setLoadError({ reason: caught instanceof ApiError ? caught.message : null }),
    );
  }, [token]);

  if (loadError) {
    return (
      <AuthLayout title={t('unavailable.title')} subtitle={loadError.reason ?? t('errors.notOpened')}>
        <a className="button" href="/login">
          {t('unavailable.signIn')}
        </a>
      </AuthLayout>
    );
  }
  if (invitation === null)
    return (
      <div className="page-loading" aria-busy="true">
        {t('loading')}
      </div>
    );

  const subtitle = invitation.org
    ? t('accept.invitedToOrganisation', { role: invitation.role, organisation: invitation.org.name, email: invitation.email })
    : t('accept.invitedToCoalition', { role: invitation.role, email: invitation.email });
  return (
    <AuthLayout title={t('accept.title', { product: PRODUCT_NAME })} subtitle={subtitle}>
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('accept.name')}</span>
          {/* biome-ignore lint/a11y/noAutofocus: a single-purpose page: this field is the only thing to do here */}
          <input name="name" autoComplete="name" required maxLength={120} autoFocus />
        </label>
        <label className="field">
          <span>{t('accept.password')}</span>
          <input name="password" type="password" autoComplete="new-password" minLength={10} required />
          <small className="muted">{t('accept.passwordHint', { n: 10 })}</small>
        </label>
        <FormError message={error} />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('accept.joining') : t('accept.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
