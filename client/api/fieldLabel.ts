import type { TFunction } from 'i18next';

/** A request field's name in the reader's words, or null for a field without one (its problem is then told by the server). */
export function fieldLabel(path: string, t: TFunction): string | null {
  const named = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .at(-1);
  switch (named) {
    case 'title':
      return t('feedback:fieldNames.title');
    case 'name':
      return t('feedback:fieldNames.name');
    case 'email':
      return t('feedback:fieldNames.email');
    case 'password':
    case 'newPassword':
      return t('feedback:fieldNames.password');
    case 'currentPassword':
      return t('feedback:fieldNames.currentPassword');
    case 'body':
      return t('feedback:fieldNames.body');
    case 'comment':
      return t('feedback:fieldNames.comment');
    case 'replacement':
      return t('feedback:fieldNames.replacement');
    case 'url':
      return t('feedback:fieldNames.url');
    case 'deadline':
      return t('feedback:fieldNames.deadline');
    case 'reason':
      return t('feedback:fieldNames.reason');
    case 'timeZone':
      return t('feedback:fieldNames.timeZone');
    case 'role':
      return t('feedback:fieldNames.role');
    case 'country':
      return t('feedback:fieldNames.country');
    case 'text':
      return t('feedback:fieldNames.text');
    case 'signOnDeadline':
      return t('feedback:fieldNames.signOnDeadline');
    default:
      return null;
  }
}
