import { describe, expect, it } from 'vitest';
import type { StatementView, TallyRowView } from '../../shared/api/types.ts';
import { publishWarning } from './publishWarning.ts';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const row = (status: TallyRowView['status']): TallyRowView => ({
  org: { id: status, name: status, category: 'member', country: 'NL' },
  status,
  signedBy: null,
  signedAt: null,
  signedVersion: null,
});
const statement = (signOnDeadline: string | null, openAfterPublication = false) =>
  ({ settings: { signOnDeadline, openAfterPublication, whoMaySign: 'members' } }) as unknown as StatementView;

describe('publishWarning', () => {
  it('counts undecided and re-confirming organisations and says the deadline is cut short', () => {
    const rows = [row('signed'), row('undecided'), row('undecided'), row('pending-reconfirmation'), row('declined'), row('withdrawn')];
    expect(publishWarning(statement('2026-12-07T12:00:00Z'), rows, NOW)).toBe(
      '3 organisations have not decided; the sign-on deadline is in 5 days: publishing now closes sign-on early (unless you first set sign-on to stay open after publication).',
    );
  });

  it('says sign-on stays open when it does', () => {
    expect(publishWarning(statement(null, true), [row('undecided')], NOW)).toBe(
      '1 organisation has not decided: sign-on stays open after publication, so they can still sign until the deadline.',
    );
  });

  it('has nothing to say when everyone decided and no deadline is left', () => {
    expect(publishWarning(statement('2026-12-01T12:00:00Z'), [row('signed'), row('declined')], NOW)).toBeNull();
  });
});
