import type { AccountRole } from './roles.ts';

/** A statement's stages, in order of its life. */
export const STAGES = ['drafting', 'sign-on', 'published', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/** Everything anyone may do with one statement. The policy below is the only place that grants them. */
export const STATEMENT_ACTIONS = [
  'statement.read',
  'statement.comment',
  'statement.suggest',
  'statement.rename',
  'statement.editText',
  'statement.nameVersion',
  'statement.restoreVersion',
  'statement.decideSuggestions',
  'statement.acceptSuggestions',
  'statement.manageDrafters',
  'statement.fork',
  'fork.manage',
  'fork.publish',
  'statement.sign',
  'statement.decline',
  'statement.withdrawSignature',
  'statement.freeze',
  'statement.reopen',
  'statement.publish',
  'statement.withdraw',
  'statement.editSettings',
  'statement.readTally',
] as const;
export type StatementAction = (typeof STATEMENT_ACTIONS)[number];

/** Who asks: what the policy needs of a signed-in user (null: nobody is signed in). */
export interface PolicyActor {
  userId: string;
  accountRole: AccountRole;
  orgId: string | null;
  orgCategory: 'member' | 'supporter' | null;
  /** Whether their organisation agreed to the current Statement of Purpose (the secretariat needs not). */
  agreedPurpose: boolean;
}

/** What the policy needs of a statement, at the moment of asking. */
export interface PolicyStatement {
  stage: Stage;
  /** The organisation a fork belongs to; null for a coalition statement. */
  ownerOrgId: string | null;
  /** Whether a fork is shared with the coalition (coalition statements always are). */
  shared: boolean;
  drafterIds: readonly string[];
  whoMaySign: 'members' | 'membersAndSupporters';
  /** Whether organisations may sign right now (stage, publication setting and deadline). */
  signOnOpen: boolean;
}

/**
 * Whether the statement exists at all for this actor: a private fork exists only for its own
 * organisation (not even for the secretariat); everything else for everyone signed in.
 */
export function mayFindStatement(actor: Pick<PolicyActor, 'orgId'> | null, statement: Pick<PolicyStatement, 'ownerOrgId' | 'shared'>): boolean {
  if (actor === null) return false;
  return statement.ownerOrgId === null || statement.shared || actor.orgId === statement.ownerOrgId;
}

/**
 * The statement policy: what this actor may do with this statement now. Every HTTP route, the
 * websocket, live pushes, search, lists and exports ask it, and every statement answer carries its
 * result as `can`, so the client shows exactly what the server allows.
 *
 * - Until their organisation agrees to the Statement of Purpose, contacts may do nothing here.
 * - A coalition statement is edited by its drafters and the secretariat, while it is drafted.
 * - A fork belongs to one organisation: its contacts edit and manage it; others (the secretariat
 *   included) only read and comment on it, and only once it is shared. Naming drafters does not
 *   apply to forks. Only a signatory of that organisation publishes it, under its own name.
 * - Signatories sign, decline or withdraw for their own organisation while sign-on is open.
 * - The secretariat moves coalition statements through their stages.
 */
export function statementPolicy(actor: PolicyActor | null, statement: PolicyStatement): StatementAction[] {
  if (actor === null || !mayFindStatement(actor, statement)) return [];
  const secretariat = actor.accountRole === 'secretariat';
  if (!secretariat && !actor.agreedPurpose) return [];
  const allowed: StatementAction[] = ['statement.read'];
  const { stage } = statement;
  const drafting = stage === 'drafting';
  const fork = statement.ownerOrgId !== null;
  const ownFork = fork && actor.orgId === statement.ownerOrgId;
  const editor = fork ? ownFork : secretariat || statement.drafterIds.includes(actor.userId);

  // A withdrawn statement is history: read only.
  const live = stage !== 'withdrawn';
  if (live) allowed.push('statement.comment');
  if (drafting) allowed.push('statement.suggest');
  if (editor && live) {
    allowed.push('statement.decideSuggestions');
    if (drafting) allowed.push('statement.rename', 'statement.editText', 'statement.nameVersion', 'statement.restoreVersion', 'statement.acceptSuggestions');
  }
  if (actor.orgCategory === 'member' && live) allowed.push('statement.fork');
  // A published fork is on the public site: its sharing no longer changes, and it offers nothing back.
  if (ownFork && drafting) {
    allowed.push('fork.manage');
    if (actor.accountRole === 'signatory') allowed.push('fork.publish');
  }
  if (!fork && secretariat) {
    // The tally counts decisions on a final version: there is one once the text was frozen.
    if (!drafting) allowed.push('statement.readTally');
    if (live) allowed.push('statement.manageDrafters', 'statement.editSettings');
    if (drafting) allowed.push('statement.freeze');
    if (stage === 'sign-on') allowed.push('statement.reopen', 'statement.publish');
    if (stage === 'published') allowed.push('statement.withdraw');
  }
  const mayRepresent = actor.orgCategory === 'member' || (actor.orgCategory === 'supporter' && statement.whoMaySign === 'membersAndSupporters');
  if (!fork && actor.accountRole === 'signatory' && mayRepresent && statement.signOnOpen) {
    allowed.push('statement.sign', 'statement.decline', 'statement.withdrawSignature');
  }
  return allowed;
}

/**
 * How the policy answers one action: allowed; `notNow` when the actor could do it at another stage
 * or while sign-on is open (a 409), `forbidden` when never (a 403); `notFound` when the statement
 * does not exist for them; `unauthenticated` when nobody is signed in.
 */
export type PolicyDecision = 'allowed' | 'notNow' | 'forbidden' | 'notFound' | 'unauthenticated';

export function decideStatementAction(actor: PolicyActor | null, statement: PolicyStatement, action: StatementAction): PolicyDecision {
  if (actor === null) return 'unauthenticated';
  if (!mayFindStatement(actor, statement)) return 'notFound';
  if (statementPolicy(actor, statement).includes(action)) return 'allowed';
  const atAnotherTime = STAGES.some((stage) => statementPolicy(actor, { ...statement, stage, signOnOpen: true }).includes(action));
  return atAnotherTime ? 'notNow' : 'forbidden';
}
