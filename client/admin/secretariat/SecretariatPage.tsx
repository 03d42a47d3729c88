import type { AccountView, MeView } from '../../../shared/api/types.ts';
import { apiRequestAll } from '../../api/apiRequestAll.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { AdminLayout } from '../AdminLayout.tsx';
import { InvitationsPanel } from '../invitations/InvitationsPanel.tsx';
import { SecretariatTable } from './SecretariatTable.tsx';

const SECRETARIAT_ROLE = ['secretariat'] as const;

export function SecretariatPage({ me }: { me: MeView }) {
  const accounts = useApiResource<AccountView[]>('/api/users', 'The accounts could not be loaded.', apiRequestAll);
  const colleagues = accounts.data?.filter((account) => account.role === 'secretariat' && account.orgId === null) ?? null;

  return (
    <AdminLayout
      me={me}
      title="Secretariat"
      intro="The people who coordinate the coalition: they manage organisations, open statements and read the audit log."
    >
      <div className="stack">
        <section className="panel panel--section" aria-labelledby="colleagues-heading">
          <h2 id="colleagues-heading">Colleagues</h2>
          <FormError message={accounts.error} />
          {colleagues === null && !accounts.error && (
            <p className="muted small" aria-busy="true">
              Loading colleagues…
            </p>
          )}
          {colleagues && <SecretariatTable colleagues={colleagues} selfId={me.user.id} onChanged={accounts.reload} />}
        </section>
        <InvitationsPanel
          orgId={null}
          roles={SECRETARIAT_ROLE}
          title="Invite a colleague"
          intro="A secretariat account can do everything in Accord: invite only people who coordinate the coalition."
        />
      </div>
    </AdminLayout>
  );
}
