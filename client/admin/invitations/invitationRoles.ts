import type { TFunction } from 'i18next';
import type { AccountRole } from '../../../shared/permissions/roles.ts';

/** How a role reads where the secretariat chooses it. */
export function invitationRoleLabel(role: AccountRole, t: TFunction): string {
  switch (role) {
    case 'contact':
      return t('admin:invitations.roles.contact');
    case 'signatory':
      return t('admin:invitations.roles.signatory');
    case 'secretariat':
      return t('admin:invitations.roles.secretariat');
  }
}
