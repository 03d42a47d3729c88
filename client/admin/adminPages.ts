import type { Action } from '../../shared/permissions/permissions.ts';

/** The secretariat's pages, in menu order, each with the action that opens it. */
export const ADMIN_PAGES = [
  { path: '/admin/organisations', label: 'Organisations', action: 'organisation.manage' },
  { path: '/admin/secretariat', label: 'Secretariat', action: 'account.manage' },
  { path: '/admin/purpose', label: 'Statement of Purpose', action: 'purpose.publish' },
  { path: '/admin/audit', label: 'Audit log', action: 'audit.read' },
  { path: '/admin/consultations', label: 'Consultations', action: 'consultation.manage' },
  { path: '/admin/outbox', label: 'Outbox', action: 'mail.read' },
] as const satisfies readonly { path: string; label: string; action: Action }[];
