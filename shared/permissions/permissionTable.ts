import { decideStatementAction, type PolicyActor, type PolicyDecision, type PolicyStatement, type Stage, type StatementAction } from './statementPolicy.ts';

/**
 * The permission matrix, as data: every persona × situation × stage × statement action, with the
 * statement policy's decision. docs/PERMISSIONS.md is generated from it (scripts/permissionsDoc.ts),
 * and the over-the-wire matrix test (tests/permissions/statementMatrix.test.ts) checks the real
 * server against it, so the document, the test and the policy cannot drift apart.
 *
 * Ids are symbolic: the policy only compares them, so "the member organisation" here stands for
 * whichever organisation the test creates for the member personas.
 */

/** The organisation of the member contact, the member signatory and the drafter: "own" below. */
export const MEMBER_ORG = 'org-member';
/** Another member organisation, with one contact among the personas. */
export const OTHER_ORG = 'org-other';
const SUPPORTER_ORG = 'org-supporter';
const NOT_AGREED_ORG = 'org-not-agreed';
/** The named drafter of coalition statements (drafters are not named on forks). */
export const DRAFTER_ID = 'u-drafter';

const contactOf = (
  userId: string,
  orgId: string,
  orgCategory: 'member' | 'supporter',
  accountRole: 'contact' | 'signatory' = 'contact',
  agreedPurpose = true,
): PolicyActor => ({
  userId,
  accountRole,
  orgId,
  orgCategory,
  agreedPurpose,
});

/** Who asks, in the order the matrix lists them (the secretariat last). */
export const PERSONAS = {
  anonymous: { label: 'Anonymous', actor: null },
  notAgreed: { label: 'Contact, organisation not agreed', actor: contactOf('u-not-agreed', NOT_AGREED_ORG, 'member', 'contact', false) },
  supporterContact: { label: 'Supporter contact', actor: contactOf('u-supporter', SUPPORTER_ORG, 'supporter') },
  supporterSignatory: { label: 'Supporter signatory', actor: contactOf('u-supporter-signatory', SUPPORTER_ORG, 'supporter', 'signatory') },
  memberContact: { label: 'Member contact', actor: contactOf('u-member', MEMBER_ORG, 'member') },
  memberSignatory: { label: 'Member signatory', actor: contactOf('u-member-signatory', MEMBER_ORG, 'member', 'signatory') },
  drafter: { label: 'Drafter (member contact)', actor: contactOf(DRAFTER_ID, MEMBER_ORG, 'member') },
  otherMember: { label: 'Contact of another member', actor: contactOf('u-other', OTHER_ORG, 'member') },
  secretariat: { label: 'Secretariat', actor: { userId: 'u-secretariat', accountRole: 'secretariat', orgId: null, orgCategory: null, agreedPurpose: false } },
} as const satisfies Record<string, { label: string; actor: PolicyActor | null }>;
export type Persona = keyof typeof PERSONAS;
export const PERSONA_NAMES = Object.keys(PERSONAS) as Persona[];

/**
 * Which statement: a coalition statement, or a fork of the member organisation ("own": the member
 * contact's, signatory's and drafter's) or of another member organisation, private or shared.
 * Forks live through drafting and published only (publishing a fork moves it from one to the other).
 */
export const SITUATIONS = {
  coalition: { label: 'Coalition statement', ownerOrgId: null, shared: true, stages: ['drafting', 'sign-on', 'published', 'withdrawn'] },
  // A published fork is shared for good (publishing shares it; its sharing no longer changes).
  ownForkPrivate: { label: "The member organisation's fork, private", ownerOrgId: MEMBER_ORG, shared: false, stages: ['drafting'] },
  ownForkShared: { label: "The member organisation's fork, shared", ownerOrgId: MEMBER_ORG, shared: true, stages: ['drafting', 'published'] },
  otherForkShared: { label: "Another member organisation's fork, shared", ownerOrgId: OTHER_ORG, shared: true, stages: ['drafting', 'published'] },
  otherForkPrivate: { label: "Another member organisation's fork, private", ownerOrgId: OTHER_ORG, shared: false, stages: ['drafting'] },
} as const satisfies Record<string, { label: string; ownerOrgId: string | null; shared: boolean; stages: readonly Stage[] }>;
export type Situation = keyof typeof SITUATIONS;
export const SITUATION_NAMES = Object.keys(SITUATIONS) as Situation[];

/** The statement the policy sees in a situation and stage: only members sign; sign-on is open during sign-on. */
export function policyStatementIn(situation: Situation, stage: Stage): PolicyStatement {
  const { ownerOrgId, shared } = SITUATIONS[situation];
  return {
    stage,
    ownerOrgId,
    shared,
    drafterIds: ownerOrgId === null ? [DRAFTER_ID] : [],
    whoMaySign: 'members',
    // openAfterPublication is off: sign-on closes on publication.
    signOnOpen: stage === 'sign-on',
  };
}

/** The policy's decision for one cell of the matrix. */
export function permissionDecision(persona: Persona, situation: Situation, stage: Stage, action: StatementAction): PolicyDecision {
  return decideStatementAction(PERSONAS[persona].actor, policyStatementIn(situation, stage), action);
}

/** What the live document's websocket gives: write or read-only access, or refusal with the policy's reason. */
export type LiveAccess = 'write' | 'read' | Exclude<PolicyDecision, 'allowed' | 'notNow'>;

/** The websocket follows reading ('statement.read') and editing the text ('statement.editText'). */
export function liveAccess(persona: Persona, situation: Situation, stage: Stage): LiveAccess {
  const read = permissionDecision(persona, situation, stage, 'statement.read');
  if (read === 'notNow') return 'forbidden';
  if (read !== 'allowed') return read;
  return permissionDecision(persona, situation, stage, 'statement.editText') === 'allowed' ? 'write' : 'read';
}
