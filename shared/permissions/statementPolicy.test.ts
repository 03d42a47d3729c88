import { describe, expect, it } from 'vitest';
import { decideStatementAction, statementPolicy, type PolicyActor, type PolicyStatement } from './statementPolicy.ts';

const contact = (changes: Partial<PolicyActor> = {}): PolicyActor => ({
  userId: 'u-contact',
  accountRole: 'contact',
  orgId: 'org-a',
  orgCategory: 'member',
  agreedPurpose: true,
  ...changes,
});
const secretariat: PolicyActor = { userId: 'u-sec', accountRole: 'secretariat', orgId: null, orgCategory: null, agreedPurpose: false };
const coalition = (changes: Partial<PolicyStatement> = {}): PolicyStatement => ({
  stage: 'drafting',
  ownerOrgId: null,
  shared: true,
  drafterIds: [],
  whoMaySign: 'members',
  signOnOpen: false,
  ...changes,
});
const forkOf = (orgId: string, changes: Partial<PolicyStatement> = {}) => coalition({ ownerOrgId: orgId, shared: false, ...changes });

describe('statementPolicy', () => {
  it('gives a contact whose organisation has not agreed to the Statement of Purpose nothing at all (M11)', () => {
    expect(statementPolicy(contact({ agreedPurpose: false }), coalition())).toEqual([]);
    expect(decideStatementAction(contact({ agreedPurpose: false }), coalition(), 'statement.read')).toBe('forbidden');
  });

  it('gives nobody signed in nothing', () => {
    expect(statementPolicy(null, coalition())).toEqual([]);
    expect(decideStatementAction(null, coalition(), 'statement.read')).toBe('unauthenticated');
  });

  it('lets a plain contact of the owning organisation manage its fork but not publish it (H1)', () => {
    const can = statementPolicy(contact(), forkOf('org-a'));
    expect(can).toEqual(expect.arrayContaining(['statement.editText', 'fork.manage']));
    expect(can).not.toContain('fork.publish');
    expect(statementPolicy(contact({ accountRole: 'signatory' }), forkOf('org-a'))).toContain('fork.publish');
  });

  it('hides a private fork from everyone else, the secretariat included', () => {
    expect(decideStatementAction(secretariat, forkOf('org-a'), 'statement.read')).toBe('notFound');
    expect(decideStatementAction(contact({ orgId: 'org-b' }), forkOf('org-a'), 'statement.read')).toBe('notFound');
  });

  it('lets the secretariat and named drafters only read and comment on a shared fork of another organisation (M6)', () => {
    const shared = forkOf('org-a', { shared: true, drafterIds: ['u-b'] });
    expect(statementPolicy(secretariat, shared)).toEqual(['statement.read', 'statement.comment', 'statement.suggest']);
    const namedDrafter = statementPolicy(contact({ userId: 'u-b', orgId: 'org-b' }), shared);
    expect(namedDrafter).not.toContain('statement.editText');
    expect(namedDrafter).not.toContain('fork.manage');
    expect(decideStatementAction(secretariat, shared, 'statement.manageDrafters')).toBe('forbidden');
  });

  it('binds the title to the stage: renaming is refused outside drafting with "not now" (M7)', () => {
    const drafter = contact({ userId: 'u-d' });
    expect(statementPolicy(drafter, coalition({ drafterIds: ['u-d'] }))).toContain('statement.rename');
    expect(decideStatementAction(drafter, coalition({ drafterIds: ['u-d'], stage: 'published' }), 'statement.rename')).toBe('notNow');
    expect(decideStatementAction(contact(), coalition({ stage: 'published' }), 'statement.rename')).toBe('forbidden');
  });

  it('lets only signatories sign, decline and withdraw, and only while sign-on is open', () => {
    const open = coalition({ stage: 'sign-on', signOnOpen: true });
    expect(statementPolicy(contact(), open)).not.toContain('statement.withdrawSignature');
    expect(statementPolicy(contact({ accountRole: 'signatory' }), open)).toEqual(
      expect.arrayContaining(['statement.sign', 'statement.decline', 'statement.withdrawSignature']),
    );
    expect(decideStatementAction(contact({ accountRole: 'signatory' }), coalition({ stage: 'sign-on' }), 'statement.sign')).toBe('notNow');
    expect(decideStatementAction(contact({ accountRole: 'signatory', orgCategory: 'supporter' }), open, 'statement.sign')).toBe('forbidden');
    expect(
      statementPolicy(contact({ accountRole: 'signatory', orgCategory: 'supporter' }), coalition({ ...open, whoMaySign: 'membersAndSupporters' })),
    ).toContain('statement.sign');
  });

  it('moves coalition statements through their stages by the secretariat only, one step at a time', () => {
    expect(statementPolicy(secretariat, coalition())).toContain('statement.freeze');
    expect(decideStatementAction(secretariat, coalition(), 'statement.publish')).toBe('notNow');
    expect(statementPolicy(secretariat, coalition({ stage: 'sign-on' }))).toEqual(expect.arrayContaining(['statement.reopen', 'statement.publish']));
    expect(statementPolicy(secretariat, coalition({ stage: 'published' }))).toContain('statement.withdraw');
    expect(decideStatementAction(contact(), coalition(), 'statement.freeze')).toBe('forbidden');
  });

  it('lets member contacts fork and supporters not', () => {
    expect(statementPolicy(contact(), coalition())).toContain('statement.fork');
    expect(statementPolicy(contact({ orgCategory: 'supporter' }), coalition())).not.toContain('statement.fork');
  });
});
