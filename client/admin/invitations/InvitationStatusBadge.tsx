import { useTranslation } from 'react-i18next';
import type { InvitationStatus } from '../../../shared/api/types.ts';

const TONES: Record<InvitationStatus, string> = { pending: 'info', accepted: 'ok', expired: 'muted', revoked: 'muted' };

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation('admin');
  const labels: Record<InvitationStatus, string> = {
    pending: t('invitations.status.pending'),
    accepted: t('invitations.status.accepted'),
    expired: t('invitations.status.expired'),
    revoked: t('invitations.status.revoked'),
  };
  return <span className={`badge badge--${TONES[status]}`}>{labels[status]}</span>;
}
