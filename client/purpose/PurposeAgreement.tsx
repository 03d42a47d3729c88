import { useState } from 'react';
import { Link } from 'react-router';
import type { ContactView, MeView, PurposeView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { FormError } from '../layout/FormError.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';

type Organisation = NonNullable<MeView['org']>;

/** A contact's organisation and the current version: agree for it, or see who agreed and when. */
export function PurposeAgreement({ me, organisation, purpose, onAgreed }: { me: MeView; organisation: Organisation; purpose: PurposeView; onAgreed(): void }) {
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Colleagues' names, to say who agreed; the contact may read their own organisation.
  const colleagues = useApiResource<{ contacts: ContactView[] }>(`/api/orgs/${encodeURIComponent(organisation.id)}`, 'Colleagues could not be loaded.');

  async function handleAgree() {
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/orgs/${encodeURIComponent(organisation.id)}/purpose`);
      // Agreeing changes what the session may do (comment, fork, sign).
      await refresh();
      onAgreed();
    } catch (caught) {
      setError(errorMessage(caught, 'The agreement could not be recorded.'));
    } finally {
      setBusy(false);
    }
  }

  if (purpose.agreement) {
    const { agreedBy, agreedAt } = purpose.agreement;
    const who =
      agreedBy === me.user.id ? 'you' : (colleagues.data?.contacts.find((contact) => contact.id === agreedBy)?.name ?? 'a contact of your organisation');
    return (
      <div className="notice notice--ok" role="status" data-testid="purpose-agreed">
        <strong>
          {organisation.name} agreed to version {purpose.version}
        </strong>{' '}
        — by {who}, {formatDateTime(agreedAt)}. <Link to="/">Go to the statements</Link>
      </div>
    );
  }

  return (
    <div className="purpose-agree">
      <p>
        <strong>
          {organisation.name} has not agreed to version {purpose.version} yet.
        </strong>{' '}
        One contact agrees for the whole organisation. Until then you can read drafts, but not comment, fork or sign.
      </p>
      <FormError message={error} />
      <div className="form__actions">
        <button className="button button--primary" type="button" disabled={busy} onClick={() => void handleAgree()}>
          {busy ? 'Recording…' : `Agree for ${organisation.name}`}
        </button>
        <Link to="/" className="button button--quiet">
          Continue reading drafts
        </Link>
      </div>
    </div>
  );
}
