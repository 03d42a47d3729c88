import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('purpose');
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Colleagues' names, to say who agreed; the contact may read their own organisation.
  const colleagues = useApiResource<{ contacts: ContactView[] }>(`/api/orgs/${encodeURIComponent(organisation.id)}`, t('errors.colleaguesNotLoaded'));

  async function handleAgree() {
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/orgs/${encodeURIComponent(organisation.id)}/purpose`);
      // Agreeing changes what the session may do (comment, fork, sign).
      await refresh();
      onAgreed();
    } catch (caught) {
      setError(errorMessage(caught, t('errors.agreementNotRecorded')));
    } finally {
      setBusy(false);
    }
  }

  if (purpose.agreement) {
    const { agreedBy, agreedAt } = purpose.agreement;
    const who =
      agreedBy === me.user.id ? t('agreement.you') : (colleagues.data?.contacts.find((contact) => contact.id === agreedBy)?.name ?? t('agreement.aContact'));
    return (
      <div className="notice notice--ok" role="status" data-testid="purpose-agreed">
        <Trans
          t={t}
          i18nKey="agreement.agreed"
          values={{ organisation: organisation.name, version: purpose.version, who, when: formatDateTime(agreedAt) }}
          components={{ strong: <strong />, anchor: <Link to="/" /> }}
        />
      </div>
    );
  }

  return (
    <div className="purpose-agree">
      <p>
        <Trans t={t} i18nKey="agreement.notAgreed" values={{ organisation: organisation.name, version: purpose.version }} components={{ strong: <strong /> }} />
      </p>
      <FormError message={error} />
      <div className="form__actions">
        <button className="button button--primary" type="button" disabled={busy} onClick={() => void handleAgree()}>
          {busy ? t('agreement.recording') : t('agreement.agreeFor', { organisation: organisation.name })}
        </button>
        <Link to="/" className="button button--quiet">
          {t('agreement.continue')}
        </Link>
      </div>
    </div>
  );
}
