import { useTranslation } from 'react-i18next';
import type { AccountView, MeView, OrganisationDetailView, PurposeView } from '../../../shared/api/types.ts';
import { apiRequestAll } from '../../api/apiRequestAll.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { FormError } from '../../layout/FormError.tsx';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { PurposeText } from '../../purpose/PurposeText.tsx';
import { AdminLayout } from '../AdminLayout.tsx';
import { PublishPurposeForm } from './PublishPurposeForm.tsx';
import { PurposeAgreementList } from './PurposeAgreementList.tsx';

export function PurposeAdminPage({ me }: { me: MeView }) {
  const { t } = useTranslation('adminPurpose');
  const { refresh } = useSession();
  const purpose = useApiResource<PurposeView>('/api/purpose', t('page.notLoaded'));
  const organisations = useApiResource<OrganisationDetailView[]>('/api/orgs', t('page.organisationsNotLoaded'), apiRequestAll);
  const accounts = useApiResource<AccountView[]>('/api/users', t('page.accountsNotLoaded'), apiRequestAll);
  const names = new Map((accounts.data ?? []).map((account) => [account.id, account.name]));
  const current = purpose.data;
  const agreed = organisations.data?.filter((organisation) => organisation.purpose?.version === current?.version).length ?? 0;

  async function handlePublished() {
    purpose.reload();
    organisations.reload();
    // The current version is part of everyone's session view, ours included.
    await refresh();
  }

  return (
    <AdminLayout me={me} title={t('page.title')} intro={t('page.intro')}>
      <FormError message={purpose.error} />
      {current === null && !purpose.error && (
        <p className="muted" aria-busy="true">
          {t('page.loading')}
        </p>
      )}
      {current && (
        <div className="admin-columns">
          <div className="stack">
            <section className="panel panel--section" aria-labelledby="current-purpose-heading">
              <h2 id="current-purpose-heading">
                {t('page.version', { version: current.version })} <span className="badge badge--ok badge--inline">{t('page.current')}</span>
              </h2>
              <p className="muted small">{t('page.published', { date: formatDateTime(current.createdAt) })}</p>
              <PurposeText text={current.text} />
            </section>
            <PublishPurposeForm key={current.version} current={current} onPublished={handlePublished} />
          </div>
          <section className="panel panel--section" aria-labelledby="agreements-heading">
            <h2 id="agreements-heading">{t('page.agreement')}</h2>
            <FormError message={organisations.error} />
            {organisations.data === null && !organisations.error && (
              <p className="muted small" aria-busy="true">
                {t('page.loadingOrganisations')}
              </p>
            )}
            {organisations.data?.length === 0 && <p className="muted small">{t('page.noOrganisations')}</p>}
            {organisations.data && organisations.data.length > 0 && (
              <>
                <p className="muted small">{t('page.agreedTally', { agreed, n: organisations.data.length, version: current.version })}</p>
                <PurposeAgreementList organisations={organisations.data} currentVersion={current.version} nameOf={(id) => names.get(id)} />
              </>
            )}
          </section>
        </div>
      )}
    </AdminLayout>
  );
}
