import type { InvitationStatus } from '../../../shared/api/types.ts';

const LOOKS: Record<InvitationStatus, { label: string; tone: string }> = {
  pending: { label: 'Pending', tone: 'info' },
  accepted: { label: 'Accepted', tone: 'ok' },
  expired: { label: 'Expired', tone: 'muted' },
  revoked: { label: 'Revoked', tone: 'muted' },
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { label, tone } = LOOKS[status];
  return <span className={`badge badge--${tone}`}>{label}</span>;
}
