import { Trans, useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { MeView, PurposeView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { PurposeAgreement } from './PurposeAgreement.tsx';
import { purposeSeen } from './purposeSeen.ts';
import { PurposeText } from './PurposeText.tsx';

/** The Statement of Purpose, and for a contact their organisation's agreement to it. */
export function PurposePage({ me }: { me: MeView }) {
  const { t } = useTranslation('purpose');
  const purpose = useApiResource<PurposeView>('/api/purpose', t('errors.purposeNotLoaded'));

  // Seen once: "Continue reading drafts" and later visits to the list do not come back here.
  useEffect(() => purposeSeen.mark(me.user.id, me.purpose.version), [me.user.id, me.purpose.version]);

  return (
    <>
      <AppHeader me={me} />
      <main className="page page--narrow">
        <div className="page__heading">
          <h1>{t('page.title')}</h1>
          <p className="muted">
            {purpose.data ? `${t('page.published', { version: purpose.data.version, when: formatDateTime(purpose.data.createdAt) })} ` : ''}
            {t('page.intro')}
          </p>
        </div>
        <FormError message={purpose.error} />
        {purpose.data === null && !purpose.error && (
          <p className="muted" aria-busy="true">
            {t('page.loading')}
          </p>
        )}
        {purpose.data && (
          <article className="purpose-sheet">
            <PurposeText text={purpose.data.text} />
            {me.org ? (
              <PurposeAgreement me={me} organisation={me.org} purpose={purpose.data} onAgreed={purpose.reload} />
            ) : (
              me.can.includes('purpose.publish') && (
                <p className="muted small">
                  <Trans t={t} i18nKey="page.secretariat" components={{ anchor: <Link to="/admin/purpose" /> }} />
                </p>
              )
            )}
          </article>
        )}
      </main>
    </>
  );
}
