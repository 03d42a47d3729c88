import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatementView, TallyRowView } from '../../shared/api/types.ts';
import en from '../../shared/i18n/locales/en/signons.json' with { type: 'json' };
import { publishWarning } from './publishWarning.ts';

let t: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance().use(ICU);
  await i18n.init({ lng: 'en', resources: { en: { signons: en } }, interpolation: { escapeValue: false } });
  t = i18n.t;
});

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
    expect(publishWarning(statement('2026-12-07T12:00:00Z'), rows, NOW, t)).toBe(
      '3 organisations have not decided; the sign-on deadline is in 5 days: publishing now closes sign-on early (unless you first set sign-on to stay open after publication).',
    );
  });

  it('says sign-on stays open when it does', () => {
    expect(publishWarning(statement(null, true), [row('undecided')], NOW, t)).toBe(
      '1 organisation has not decided: sign-on stays open after publication, so they can still sign until the deadline.',
    );
  });

  it('has nothing to say when everyone decided and no deadline is left', () => {
    expect(publishWarning(statement('2026-12-01T12:00:00Z'), [row('signed'), row('declined')], NOW, t)).toBeNull();
  });
});
