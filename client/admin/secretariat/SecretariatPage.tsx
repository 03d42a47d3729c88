import { useTranslation } from 'react-i18next';
import type { AccountView, MeView } from '../../../shared/api/types.ts';
import { apiRequestAll } from '../../api/apiRequestAll.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { AdminLayout } from '../AdminLayout.tsx';
import { InvitationsPanel } from '../invitations/InvitationsPanel.tsx';
import { SecretariatTable } from './SecretariatTable.tsx';

const SECRETARIAT_ROLE = ['secretariat'] as const;

export function SecretariatPage({ me }: { me: MeView }) {
  const { t } = useTranslation('admin');
  const accounts = useApiResource<AccountView[]>('/api/users', t('secretariat.accountsNotLoaded'), apiRequestAll);
  const colleagues = accounts.data?.filter((account) => account.role === 'secretariat' && account.orgId === null) ?? null;

  return (
    <AdminLayout me={me} title={t('secretariat.title')} intro={t('secretariat.intro')}>
      <div className="stack">
        <section className="panel panel--section" aria-labelledby="colleagues-heading">
          <h2 id="colleagues-heading">{t('secretariat.colleagues')}</h2>
          <FormError message={accounts.error} />
          {colleagues === null && !accounts.error && (
            <p className="muted small" aria-busy="true">
              {t('secretariat.loadingColleagues')}
            </p>
          )}
          {colleagues && <SecretariatTable colleagues={colleagues} selfId={me.user.id} onChanged={accounts.reload} />}
        </section>
        <InvitationsPanel orgId={null} roles={SECRETARIAT_ROLE} title={t('secretariat.inviteTitle')} intro={t('secretariat.inviteIntro')} />
      </div>
    </AdminLayout>
  );
}
