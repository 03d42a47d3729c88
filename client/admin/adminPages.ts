import i18next from 'i18next';
import type { Action } from '../../shared/permissions/permissions.ts';

/**
 * The secretariat's pages, in menu order, each with the action that opens it. A label is read when
 * the menu renders (a getter), so it follows the language chosen since.
 */
export const ADMIN_PAGES = [
  {
    path: '/admin/organisations',
    get label() {
      return i18next.t('admin:pages.organisations');
    },
    action: 'organisation.manage',
  },
  {
    path: '/admin/secretariat',
    get label() {
      return i18next.t('admin:pages.secretariat');
    },
    action: 'account.manage',
  },
  {
    path: '/admin/purpose',
    get label() {
      return i18next.t('admin:pages.purpose');
    },
    action: 'purpose.publish',
  },
  {
    path: '/admin/audit',
    get label() {
      return i18next.t('admin:pages.audit');
    },
    action: 'audit.read',
  },
  {
    path: '/admin/consultations',
    get label() {
      return i18next.t('admin:pages.consultations');
    },
    action: 'consultation.manage',
  },
  {
    path: '/admin/outbox',
    get label() {
      return i18next.t('admin:pages.outbox');
    },
    action: 'mail.read',
  },
] as const satisfies readonly { path: string; readonly label: string; action: Action }[];
