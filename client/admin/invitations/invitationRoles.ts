import type { AccountRole } from '../../../shared/permissions/roles.ts';

/** How each role reads where the secretariat chooses it. */
export const INVITATION_ROLE_LABELS: Record<AccountRole, string> = {
  contact: 'Contact',
  signatory: 'Contact, may sign for the organisation',
  secretariat: 'Secretariat',
};
