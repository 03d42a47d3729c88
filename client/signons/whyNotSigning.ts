import type { TFunction } from 'i18next';
import type { StatementView } from '../../shared/api/types.ts';
import type { SignOnRights } from './signOnRights.ts';

/** Why the user cannot sign this text for their organisation now. */
export function whyNotSigning(rights: SignOnRights, statement: StatementView, organisation: string, t: TFunction): string {
  if (rights.notAllowedBecause === 'membersOnly') return t('signons:rights.membersOnly');
  if (!rights.maySign) return t('signons:whyNotSigning.notASignatory', { organisation });
  if (!rights.collecting || !statement.signOnOpen) return t('signons:whyNotSigning.closed', { organisation });
  return t('signons:whyNotSigning.notSigned', { organisation });
}
