import { describe, expect, it } from 'vitest';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { signOnRights } from './signOnRights.ts';

const statement = (changes: Partial<StatementView> = {}, settings: Partial<StatementView['settings']> = {}): StatementView => ({
  id: 's1',
  slug: 'joint-statement',
  title: 'Joint statement',
  stage: 'sign-on',
  forkOf: null,
  ownerOrg: null,
  shared: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  drafterIds: [],
  access: 'read',
  threadCounts: { open: 0, total: 0 },
  finalVersion: { number: 1, hash: 'a'.repeat(64) },
  settings: { signOnDeadline: null, whoMaySign: 'members', openAfterPublication: false, ...settings },
  signOnOpen: true,
  ...changes,
});

const contact = (category: 'member' | 'supporter', can: string[]): MeView => ({
  user: { id: 'u1', email: 'u1@example.org', name: 'Sol', role: 'signatory' },
  org: { id: 'o1', name: 'Registro Ejemplo', category, country: 'ES', kind: 'ccTLD' },
  purpose: { version: 1, agreed: true },
  can,
});

describe('signOnRights', () => {
  it('lets a member signatory sign while organisations are signing', () => {
    const rights = signOnRights(contact('member', ['statement.sign', 'statement.withdrawSignature']), statement());
    expect(rights).toMatchObject({ maySign: true, mayWithdraw: true, collecting: true, managesStage: false, notAllowedBecause: null });
  });

  it('says why a supporter signatory cannot sign a members-only statement', () => {
    const me = contact('supporter', ['statement.sign', 'statement.withdrawSignature']);
    expect(signOnRights(me, statement())).toMatchObject({ maySign: false, notAllowedBecause: 'This statement is signed by member organisations only.' });
    expect(signOnRights(me, statement({}, { whoMaySign: 'membersAndSupporters' }))).toMatchObject({ maySign: true, notAllowedBecause: null });
  });

  it('collects signatures after publication only when the statement stays open', () => {
    const me = contact('member', ['statement.sign']);
    expect(signOnRights(me, statement({ stage: 'published' })).collecting).toBe(false);
    expect(signOnRights(me, statement({ stage: 'published' }, { openAfterPublication: true })).collecting).toBe(true);
    expect(signOnRights(me, statement({ stage: 'drafting' })).collecting).toBe(false);
  });
});
