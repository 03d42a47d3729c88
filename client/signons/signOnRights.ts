import type { MeView, StatementView } from '../../shared/api/types.ts';

/** What the user may do about a statement's sign-on, as the server's statement policy says (`statement.can`). */
export interface SignOnRights {
  /** Freeze, reopen, publish, withdraw, change the settings: the secretariat. */
  managesStage: boolean;
  readsTally: boolean;
  /** A signatory whose organisation may sign this statement now. */
  maySign: boolean;
  /** A signatory of the organisation, while sign-on is open. */
  mayWithdraw: boolean;
  /** Organisations are signing this text now (in sign-on, or published and still open). */
  collecting: boolean;
  /** Why a signatory cannot sign this statement, when that is the reason (`membersOnly`: a supporter, members sign). */
  notAllowedBecause: 'membersOnly' | null;
}

const STAGE_ACTIONS = ['statement.freeze', 'statement.reopen', 'statement.publish', 'statement.withdraw', 'statement.editSettings'] as const;

export function signOnRights(me: MeView, statement: StatementView): SignOnRights {
  const collecting =
    statement.finalVersion !== null && (statement.stage === 'sign-on' || (statement.stage === 'published' && statement.settings.openAfterPublication));
  const maySign = statement.can.includes('statement.sign');
  // Only the explanation is worked out here; whether they may sign is the policy's answer above.
  const supporterLeftOut = me.user.role === 'signatory' && me.org?.category === 'supporter' && statement.settings.whoMaySign === 'members';
  return {
    managesStage: STAGE_ACTIONS.some((action) => statement.can.includes(action)),
    readsTally: statement.can.includes('statement.readTally'),
    maySign,
    mayWithdraw: statement.can.includes('statement.withdrawSignature'),
    collecting,
    notAllowedBecause: !maySign && supporterLeftOut ? 'membersOnly' : null,
  };
}
