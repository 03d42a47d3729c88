import type { MeView, StatementView } from '../../shared/api/types.ts';

/** What the user may do about a statement's sign-on; only to show the right controls (the server decides). */
export interface SignOnRights {
  /** Freeze, reopen, publish, withdraw, change the settings: the secretariat. */
  managesStage: boolean;
  readsTally: boolean;
  /** A signatory of an organisation that agreed to the Statement of Purpose, allowed by the statement's rules. */
  maySign: boolean;
  /** A signatory may withdraw their organisation's signature. */
  mayWithdraw: boolean;
  /** Organisations are signing this text now (in sign-on, or published and still open). */
  collecting: boolean;
  /** Why a signatory cannot sign this statement, when that is the reason. */
  notAllowedBecause: string | null;
}

export function signOnRights(me: MeView, statement: StatementView): SignOnRights {
  const collecting =
    statement.finalVersion !== null && (statement.stage === 'sign-on' || (statement.stage === 'published' && statement.settings.openAfterPublication));
  const supporterLeftOut = me.org?.category === 'supporter' && statement.settings.whoMaySign === 'members';
  const signatory = me.can.includes('statement.sign');
  return {
    managesStage: me.can.includes('statement.manageStage'),
    readsTally: me.can.includes('statement.readTally'),
    maySign: signatory && !supporterLeftOut,
    mayWithdraw: me.can.includes('statement.withdrawSignature'),
    collecting,
    notAllowedBecause: signatory && supporterLeftOut ? 'This statement is signed by member organisations only.' : null,
  };
}
