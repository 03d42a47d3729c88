import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../shared/api/types.ts';
import type { AccountRole } from '../../../shared/permissions/roles.ts';
import { usePagedResource } from '../../api/usePagedResource.ts';
import { FormError } from '../../layout/FormError.tsx';
import { LoadMoreButton } from '../../layout/LoadMoreButton.tsx';
import { InvitationTable } from './InvitationTable.tsx';
import { InviteForm } from './InviteForm.tsx';

interface InvitationsPanelProps {
  /** The organisation invited into; null for the secretariat. */
  orgId: string | null;
  roles: readonly AccountRole[];
  title: string;
  intro: string;
}

/** Inviting people, and the invitations sent so far with their status. */
export function InvitationsPanel({ orgId, roles, title, intro }: InvitationsPanelProps) {
  const { t } = useTranslation('admin');
  const invitations = usePagedResource<InvitationView>(`/api/invitations?orgId=${encodeURIComponent(orgId ?? 'secretariat')}`, t('invitations.notLoaded'));

  return (
    <section className="panel panel--section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{title}</h2>
      <p className="muted small">{intro}</p>
      <InviteForm orgId={orgId} roles={roles} onInvited={invitations.reload} />
      <h3 className="panel__subheading">{t('invitations.sentHeading')}</h3>
      <FormError message={invitations.error} />
      {invitations.data === null && !invitations.error && (
        <p className="muted small" aria-busy="true">
          {t('invitations.loading')}
        </p>
      )}
      {invitations.data?.length === 0 && <p className="muted small">{t('invitations.none')}</p>}
      {invitations.data && invitations.data.length > 0 && <InvitationTable invitations={invitations.data} onRevoked={invitations.reload} />}
      <LoadMoreButton list={invitations} what="invitations" />
    </section>
  );
}
