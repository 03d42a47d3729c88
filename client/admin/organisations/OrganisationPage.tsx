import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ContactView, MeView, OrganisationDetailView } from '../../../shared/api/types.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { AdminLayout } from '../AdminLayout.tsx';
import { InvitationsPanel } from '../invitations/InvitationsPanel.tsx';
import { ContactTable } from './ContactTable.tsx';
import { countryName } from './countryName.ts';
import { organisationLabels } from './organisationLabels.ts';
import { OrganisationEditForm } from './OrganisationEditForm.tsx';
import { PurposeAgreementBadge } from './PurposeAgreementBadge.tsx';
import { RemoveOrganisationPanel } from './RemoveOrganisationPanel.tsx';

type OrganisationWithContacts = OrganisationDetailView & { contacts: ContactView[] };

const CONTACT_ROLES = ['contact', 'signatory'] as const;

export function OrganisationPage({ me }: { me: MeView }) {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  const organisation = useApiResource<OrganisationWithContacts>(`/api/orgs/${encodeURIComponent(id)}`, t('page.notLoaded'));
  const back = (
    <Link to="/admin/organisations" className="back-link">
      {t('page.back')}
    </Link>
  );
  const loaded = organisation.data;

  if (loaded === null) {
    return (
      <AdminLayout me={me} title={t('page.title')} back={back}>
        <FormError message={organisation.error} />
        {!organisation.error && (
          <p className="muted" aria-busy="true">
            {t('page.loading')}
          </p>
        )}
      </AdminLayout>
    );
  }

  const labels = organisationLabels(t);
  return (
    <AdminLayout
      me={me}
      back={back}
      title={loaded.name}
      intro={
        <span className="meta-line">
          <span>{labels.kind[loaded.kind]}</span>
          <span>{labels.category[loaded.category]}</span>
          <span>{countryName(loaded.country)}</span>
          <PurposeAgreementBadge agreedVersion={loaded.purpose?.version ?? null} currentVersion={me.purpose.version} />
          {loaded.purpose && <span>{t('page.agreedSince', { date: formatDateTime(loaded.purpose.agreedAt) })}</span>}
        </span>
      }
    >
      <FormError message={organisation.error} />
      <div className="stack">
        <section className="panel panel--section" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">{t('page.contacts')}</h2>
          <p className="muted small">{t('page.contactsIntro', { name: loaded.name })}</p>
          {loaded.contacts.length === 0 ? (
            <p className="muted small">{t('page.noContacts')}</p>
          ) : (
            <ContactTable contacts={loaded.contacts} onChanged={organisation.reload} />
          )}
        </section>
        <InvitationsPanel orgId={loaded.id} roles={CONTACT_ROLES} title={t('page.inviteTitle')} intro={t('page.inviteIntro')} />
        <div className="admin-columns admin-columns--even">
          <OrganisationEditForm organisation={loaded} onSaved={organisation.reload} />
          <RemoveOrganisationPanel organisation={loaded} />
        </div>
      </div>
    </AdminLayout>
  );
}
