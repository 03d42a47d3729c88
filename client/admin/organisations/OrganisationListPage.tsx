import { useTranslation } from 'react-i18next';
import type { MeView, OrganisationDetailView } from '../../../shared/api/types.ts';
import { usePagedResource } from '../../api/usePagedResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { LoadMoreButton } from '../../layout/LoadMoreButton.tsx';
import { AdminLayout } from '../AdminLayout.tsx';
import { AddOrganisationForm } from './AddOrganisationForm.tsx';
import { OrganisationTable } from './OrganisationTable.tsx';

export function OrganisationListPage({ me }: { me: MeView }) {
  const { t } = useTranslation('organisations');
  const organisations = usePagedResource<OrganisationDetailView>('/api/orgs', t('list.notLoaded'));
  const agreed = organisations.data?.filter((organisation) => organisation.purpose?.version === me.purpose.version).length ?? 0;

  return (
    <AdminLayout
      me={me}
      title={t('list.title')}
      intro={
        organisations.data && organisations.data.length > 0
          ? t('list.summary', { n: organisations.data.length, agreed, version: me.purpose.version })
          : t('list.intro')
      }
    >
      <div className="stack">
        <AddOrganisationForm />
        <FormError message={organisations.error} />
        {organisations.data === null && !organisations.error && (
          <p className="muted" aria-busy="true">
            {t('list.loading')}
          </p>
        )}
        {organisations.data?.length === 0 && (
          <div className="empty-state">
            <h2>{t('list.emptyTitle')}</h2>
            <p className="muted">{t('list.emptyHint')}</p>
          </div>
        )}
        {organisations.data && organisations.data.length > 0 && <OrganisationTable organisations={organisations.data} purposeVersion={me.purpose.version} />}
        <LoadMoreButton list={organisations} what="organisations" />
      </div>
    </AdminLayout>
  );
}
