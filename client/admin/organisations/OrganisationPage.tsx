import { Link, useParams } from 'react-router';
import type { ContactView, MeView, OrganisationDetailView } from '../../../shared/api/types.ts';
import { useApiResource } from '../../api/useApiResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { AdminLayout } from '../AdminLayout.tsx';
import { InvitationsPanel } from '../invitations/InvitationsPanel.tsx';
import { ContactTable } from './ContactTable.tsx';
import { countryName } from './countryName.ts';
import { ORGANISATION_LABELS } from './organisationLabels.ts';
import { OrganisationEditForm } from './OrganisationEditForm.tsx';
import { PurposeAgreementBadge } from './PurposeAgreementBadge.tsx';
import { RemoveOrganisationPanel } from './RemoveOrganisationPanel.tsx';

type OrganisationWithContacts = OrganisationDetailView & { contacts: ContactView[] };

const CONTACT_ROLES = ['contact', 'signatory'] as const;

export function OrganisationPage({ me }: { me: MeView }) {
  const { id = '' } = useParams();
  const organisation = useApiResource<OrganisationWithContacts>(`/api/orgs/${encodeURIComponent(id)}`, 'The organisation could not be loaded.');
  const back = (
    <Link to="/admin/organisations" className="back-link">
      ← All organisations
    </Link>
  );
  const loaded = organisation.data;

  if (loaded === null) {
    return (
      <AdminLayout me={me} title="Organisation" back={back}>
        <FormError message={organisation.error} />
        {!organisation.error && (
          <p className="muted" aria-busy="true">
            Loading the organisation…
          </p>
        )}
      </AdminLayout>
    );
  }

  return (
    <AdminLayout
      me={me}
      back={back}
      title={loaded.name}
      intro={
        <span className="meta-line">
          <span>{ORGANISATION_LABELS.kind[loaded.kind]}</span>
          <span>{ORGANISATION_LABELS.category[loaded.category]}</span>
          <span>{countryName(loaded.country)}</span>
          <PurposeAgreementBadge agreedVersion={loaded.purpose?.version ?? null} currentVersion={me.purpose.version} />
          {loaded.purpose && <span>since {formatDateTime(loaded.purpose.agreedAt)}</span>}
        </span>
      }
    >
      <FormError message={organisation.error} />
      <div className="stack">
        <section className="panel panel--section" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">Contacts</h2>
          <p className="muted small">Contacts read and comment on drafts for {loaded.name}; those who may sign for it also sign statements in its name.</p>
          {loaded.contacts.length === 0 ? (
            <p className="muted small">No contacts yet: invite the first one below.</p>
          ) : (
            <ContactTable contacts={loaded.contacts} onChanged={organisation.reload} />
          )}
        </section>
        <InvitationsPanel
          orgId={loaded.id}
          roles={CONTACT_ROLES}
          title="Invite a contact"
          intro="Creates a link that lets one person join this organisation: you send it to them."
        />
        <div className="admin-columns admin-columns--even">
          <OrganisationEditForm organisation={loaded} onSaved={organisation.reload} />
          <RemoveOrganisationPanel organisation={loaded} />
        </div>
      </div>
    </AdminLayout>
  );
}
