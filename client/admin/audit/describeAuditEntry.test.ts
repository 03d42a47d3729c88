import i18next from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../shared/audit/auditActions.ts';
import type { AuditEntryView } from '../../../shared/api/types.ts';
import english from '../../../shared/i18n/locales/en/audit.json' with { type: 'json' };
import french from '../../../shared/i18n/locales/fr/audit.json' with { type: 'json' };
import { auditActionLabel } from './auditActionLabel.ts';
import { describeAuditEntry } from './describeAuditEntry.ts';

beforeAll(async () => {
  await i18next.use(ICU).init({ lng: 'en', resources: { en: { audit: english }, fr: { audit: french } }, interpolation: { escapeValue: false } });
});

const entry = (action: string, subjectType: string | null, details: Record<string, unknown>): AuditEntryView => ({
  sequence: 1,
  at: '2031-03-01T10:00:00Z',
  actorId: 'ana',
  actorEmail: 'ana@example.org',
  action,
  subjectType,
  subjectId: 'subject',
  details,
  hash: '',
});
const names = (id: string) => ({ ana: 'Ana Ruiz' })[id];

describe('describeAuditEntry', () => {
  it('puts every action the server writes into words, and labels it for the filter', () => {
    const t = i18next.getFixedT('en');
    for (const action of AUDIT_ACTIONS) {
      expect(describeAuditEntry(entry(action, 'statement', {}), names, t, 'en')).toMatch(/^(Ana Ruiz|A ).*\.$/);
      expect(auditActionLabel(action, t)).not.toBe(action);
    }
  });

  it('says which stage, and where a deadline moved, in the reader’s language', () => {
    const en = i18next.getFixedT('en');
    const fr = i18next.getFixedT('fr');
    const froze = entry('statement.stageChanged', 'statement', {});
    expect(describeAuditEntry(froze, names, en, 'en')).toBe('Ana Ruiz moved a statement to sign-on.');
    const reopened = entry('statement.stageChanged', 'statement', { from: 'sign-on', to: 'drafting' });
    expect(describeAuditEntry(reopened, names, fr, 'fr')).toBe('Ana Ruiz a fait passer une déclaration à l’étape «\u202frédaction\u202f».');
    const moved = entry('consultation.deadlineMoved', 'consultation', { from: '2031-03-14T16:00:00Z', to: '2031-04-04T15:00:00Z' });
    expect(describeAuditEntry(moved, names, en, 'en-GB')).toMatch(
      /^Ana Ruiz moved the deadline of a consultation from 14 March 2031 at .+ to 4 April 2031 at .+\.$/,
    );
  });
});
