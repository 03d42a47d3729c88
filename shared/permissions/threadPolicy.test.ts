import { describe, expect, it } from 'vitest';
import { statementPolicy, type PolicyActor, type PolicyStatement } from './statementPolicy.ts';
import { threadPolicy, type PolicyThread } from './threadPolicy.ts';

const drafting: PolicyStatement = { stage: 'drafting', ownerOrgId: null, shared: true, drafterIds: ['drafter'], whoMaySign: 'members', signOnOpen: false };
const actor = (userId: string, changes: Partial<PolicyActor> = {}): PolicyActor => ({
  userId,
  accountRole: 'contact',
  orgId: 'org-a',
  orgCategory: 'member',
  agreedPurpose: true,
  ...changes,
});
const viewerOf = (policyActor: PolicyActor) => ({
  userId: policyActor.userId,
  orgId: policyActor.orgId,
  secretariat: policyActor.accountRole === 'secretariat',
});
const comment: PolicyThread = { kind: 'comment', visibility: 'coalition', authorId: 'author', orgId: 'org-a' };
const suggestion: PolicyThread = { ...comment, kind: 'suggestion' };
const can = (policyActor: PolicyActor, thread: PolicyThread, statement = drafting) =>
  threadPolicy(statementPolicy(policyActor, statement), viewerOf(policyActor), thread);

describe('threadPolicy', () => {
  it('lets an author resolve their own comment thread, and anyone else only reply', () => {
    expect(can(actor('author'), comment)).toEqual(['thread.reply', 'thread.resolve']);
    expect(can(actor('someone'), comment)).toEqual(['thread.reply']);
  });

  it('lets a drafter resolve any thread and decide suggestions; accept only while drafting', () => {
    expect(can(actor('drafter'), comment)).toEqual(['thread.reply', 'thread.resolve']);
    expect(can(actor('drafter'), suggestion)).toEqual(['thread.reply', 'suggestion.accept', 'suggestion.reject']);
    expect(can(actor('drafter'), suggestion, { ...drafting, stage: 'sign-on' })).toEqual(['thread.reply', 'suggestion.reject']);
  });

  it('gives nothing on a thread the viewer may not see, nor to an organisation that has not agreed', () => {
    const ownOrganisation: PolicyThread = { ...comment, visibility: 'organisation' };
    expect(can(actor('drafter', { orgId: 'org-b' }), ownOrganisation)).toEqual([]);
    expect(can(actor('author', { agreedPurpose: false }), comment)).toEqual([]);
  });
});
