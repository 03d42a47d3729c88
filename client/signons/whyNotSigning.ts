import type { StatementView } from '../../shared/api/types.ts';
import type { SignOnRights } from './signOnRights.ts';

/** Why the user cannot sign this text for their organisation now. */
export function whyNotSigning(rights: SignOnRights, statement: StatementView, organisation: string): string {
  if (rights.notAllowedBecause) return rights.notAllowedBecause;
  if (!rights.maySign) {
    return `Only signatories of an organisation that agreed to the Statement of Purpose sign on its behalf. Ask ${organisation} to name you as a signatory.`;
  }
  if (!rights.collecting || !statement.signOnOpen) return `Sign-on is closed: ${organisation} can no longer sign this text.`;
  return `${organisation} has not signed this text.`;
}
