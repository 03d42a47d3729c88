import { describe, expect, it } from 'vitest';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { statementPolicy } from '../../shared/permissions/statementPolicy.ts';
import { signOnRights } from './signOnRights.ts';

type Category = 'member' | 'supporter';

/** A statement as the server would answer it to `me`: its `can` is the real policy's. */
const statement = (me: MeView, changes: Partial<StatementView> = {}, settings: Partial<StatementView['settings']> = {}): StatementView => {
  const base: Omit<StatementView, 'can'> = {
    id: 's1',
    slug: 'joint-statement',
    title: 'Joint statement',
    stage: 'sign-on',
    forkOf: null,
    ownerOrg: null,
    shared: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    drafterIds: [],
    access: 'read',
    threadCounts: { open: 0, total: 0 },
    finalVersion: { number: 1, hash: 'a'.repeat(64) },
    settings: { signOnDeadline: null, whoMaySign: 'members', openAfterPublication: false, ...settings },
    signOnOpen: true,
    wordLimit: null,
    consultation: null,
    milestones: [],
    milestoneOffsets: { commentsClose: null, signOnCloses: null, publication: null },
    warnings: [],
    ...changes,
  };
  const can = statementPolicy(
    { userId: me.user.id, accountRole: me.user.role, orgId: me.org?.id ?? null, orgCategory: me.org?.category ?? null, agreedPurpose: me.purpose.agreed },
    { stage: base.stage, ownerOrgId: null, shared: true, drafterIds: base.drafterIds, whoMaySign: base.settings.whoMaySign, signOnOpen: base.signOnOpen },
  );
  return { ...base, can };
};

const signatory = (category: Category): MeView => ({
  user: { id: 'u1', email: 'u1@example.org', name: 'Sol', role: 'signatory' },
  org: { id: 'o1', name: 'Registro Ejemplo', category, country: 'ES', kind: 'ccTLD' },
  purpose: { version: 1, agreed: true },
  can: [],
});

describe('signOnRights', () => {
  it('lets a member signatory sign and withdraw while organisations are signing', () => {
    const me = signatory('member');
    expect(signOnRights(me, statement(me))).toMatchObject({ maySign: true, mayWithdraw: true, collecting: true, managesStage: false, notAllowedBecause: null });
  });

  it('says why a supporter signatory cannot sign a members-only statement', () => {
    const me = signatory('supporter');
    expect(signOnRights(me, statement(me))).toMatchObject({ maySign: false, notAllowedBecause: 'membersOnly' });
    expect(signOnRights(me, statement(me, {}, { whoMaySign: 'membersAndSupporters' }))).toMatchObject({ maySign: true, notAllowedBecause: null });
  });

  it('collects signatures after publication only when the statement stays open', () => {
    const me = signatory('member');
    expect(signOnRights(me, statement(me, { stage: 'published', signOnOpen: false })).collecting).toBe(false);
    expect(signOnRights(me, statement(me, { stage: 'published' }, { openAfterPublication: true })).collecting).toBe(true);
    expect(signOnRights(me, statement(me, { stage: 'drafting', signOnOpen: false })).collecting).toBe(false);
  });

  it('gives a plain contact nothing to sign or withdraw', () => {
    const me: MeView = { ...signatory('member'), user: { id: 'u2', email: 'u2@example.org', name: 'Ana', role: 'contact' } };
    expect(signOnRights(me, statement(me))).toMatchObject({ maySign: false, mayWithdraw: false });
  });
});
