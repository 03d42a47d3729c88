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
  const { refresh } = useSession();
  const purpose = useApiResource<PurposeView>('/api/purpose', 'The Statement of Purpose could not be loaded.');
  const organisations = useApiResource<OrganisationDetailView[]>('/api/orgs', 'The organisations could not be loaded.', apiRequestAll);
  const accounts = useApiResource<AccountView[]>('/api/users', 'The accounts could not be loaded.', apiRequestAll);
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
    <AdminLayout me={me} title="Statement of Purpose" intro="What every organisation agrees to before its contacts may comment, fork and sign.">
      <FormError message={purpose.error} />
      {current === null && !purpose.error && (
        <p className="muted" aria-busy="true">
          Loading the Statement of Purpose…
        </p>
      )}
      {current && (
        <div className="admin-columns">
          <div className="stack">
            <section className="panel panel--section" aria-labelledby="current-purpose-heading">
              <h2 id="current-purpose-heading">
                Version {current.version} <span className="badge badge--ok badge--inline">Current</span>
              </h2>
              <p className="muted small">Published {formatDateTime(current.createdAt)}.</p>
              <PurposeText text={current.text} />
            </section>
            <PublishPurposeForm key={current.version} current={current} onPublished={handlePublished} />
          </div>
          <section className="panel panel--section" aria-labelledby="agreements-heading">
            <h2 id="agreements-heading">Agreement</h2>
            <FormError message={organisations.error} />
            {organisations.data === null && !organisations.error && (
              <p className="muted small" aria-busy="true">
                Loading organisations…
              </p>
            )}
            {organisations.data?.length === 0 && <p className="muted small">No organisations yet.</p>}
            {organisations.data && organisations.data.length > 0 && (
              <>
                <p className="muted small">
                  {agreed} of {organisations.data.length} organisations agreed to version {current.version}.
                </p>
                <PurposeAgreementList organisations={organisations.data} currentVersion={current.version} nameOf={(id) => names.get(id)} />
              </>
            )}
          </section>
        </div>
      )}
    </AdminLayout>
  );
}
