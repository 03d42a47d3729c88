import type { MeView, OrganisationDetailView } from '../../../shared/api/types.ts';
import { usePagedResource } from '../../api/usePagedResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { LoadMoreButton } from '../../layout/LoadMoreButton.tsx';
import { AdminLayout } from '../AdminLayout.tsx';
import { AddOrganisationForm } from './AddOrganisationForm.tsx';
import { OrganisationTable } from './OrganisationTable.tsx';

export function OrganisationListPage({ me }: { me: MeView }) {
  const organisations = usePagedResource<OrganisationDetailView>('/api/orgs', 'The organisations could not be loaded.');
  const agreed = organisations.data?.filter((organisation) => organisation.purpose?.version === me.purpose.version).length ?? 0;

  return (
    <AdminLayout
      me={me}
      title="Organisations"
      intro={
        organisations.data && organisations.data.length > 0
          ? `${organisations.data.length} in the coalition; ${agreed} agreed to the Statement of Purpose v${me.purpose.version}.`
          : 'The organisations of the coalition, their contacts and who may sign for them.'
      }
    >
      <div className="stack">
        <AddOrganisationForm />
        <FormError message={organisations.error} />
        {organisations.data === null && !organisations.error && (
          <p className="muted" aria-busy="true">
            Loading organisations…
          </p>
        )}
        {organisations.data?.length === 0 && (
          <div className="empty-state">
            <h2>No organisations yet</h2>
            <p className="muted">Add the first one above, then invite its contacts.</p>
          </div>
        )}
        {organisations.data && organisations.data.length > 0 && <OrganisationTable organisations={organisations.data} purposeVersion={me.purpose.version} />}
        <LoadMoreButton list={organisations} what="organisations" />
      </div>
    </AdminLayout>
  );
}
