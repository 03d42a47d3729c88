import i18next from 'i18next';
import ICU from 'i18next-icu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAuditEntry } from '../../client/admin/audit/describeAuditEntry.ts';
import type { AuditEntryView, AuditPageView } from '../../shared/api/types.ts';
import english from '../../shared/i18n/locales/en/audit.json' with { type: 'json' };
import spanish from '../../shared/i18n/locales/es/audit.json' with { type: 'json' };
import french from '../../shared/i18n/locales/fr/audit.json' with { type: 'json' };
import type { ApiClient } from '../support/ApiClient.ts';
import { createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, type AccordProcess, startAccord } from '../support/startAccord.ts';
import { buildDraftDocx } from './buildFixture.ts';
import { postDocx } from './postDocx.ts';

const nobodyNamed = () => undefined;

describe('a Word import is in the audit log, with what it brought in, in sentences', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    await i18next.use(ICU).init({
      lng: 'en',
      resources: { en: { audit: english }, fr: { audit: french }, es: { audit: spanish } },
      interpolation: { escapeValue: false },
    });
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const entriesAbout = async (statementId: string): Promise<AuditEntryView[]> => {
    const page = await secretariat.get<AuditPageView>(`/api/audit?subjectId=${statementId}&limit=500`);
    expect(page.status).toBe(200);
    return page.body.entries.filter((entry) => entry.subjectId === statementId).reverse();
  };

  it('records statement.imported with the counts, after the statement and its threads, and says it in each language', async () => {
    const response = await postDocx<{ id: string }>(
      secretariat,
      `/api/statements/import?title=${encodeURIComponent('Access for all')}`,
      await buildDraftDocx(),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const entries = await entriesAbout(response.body.id);
    const actions = entries.map((entry) => entry.action);
    expect(actions[0]).toBe('statement.created');
    expect(actions.at(-1)).toBe('statement.imported');
    expect(actions.filter((action) => action === 'thread.created')).toHaveLength(4);
    expect(actions.filter((action) => action === 'comment.added')).toHaveLength(1);

    const imported = entries.at(-1)!;
    expect(imported.details).toEqual({ title: 'Access for all', suggestions: 3, threads: 1, replies: 1, dropped: expect.any(Number) });
    expect(imported.details.dropped).toBeGreaterThanOrEqual(3);
    expect(describeAuditEntry(imported, nobodyNamed, i18next.getFixedT('en'), 'en')).toBe(
      `${ADMIN.email} imported “Access for all” from a Word document, with 3 suggestions and 1 comment thread.`,
    );
    expect(describeAuditEntry(imported, nobodyNamed, i18next.getFixedT('fr'), 'fr')).toBe(
      `${ADMIN.email} a importé “Access for all” depuis un document Word, avec 3 suggestions et 1 fil de commentaires.`,
    );
    expect(describeAuditEntry(imported, nobodyNamed, i18next.getFixedT('es'), 'es')).toBe(
      `${ADMIN.email} importó “Access for all” desde un documento de Word, con 3 sugerencias y 1 hilo de comentarios.`,
    );
  });

  it('records statement.replacedFromWord with the version the old text was kept as, and the counts', async () => {
    const { id } = await createStatement(secretariat, 'Replaced from Word');
    const response = await postDocx<{ version: number }>(secretariat, `/api/statements/${id}/import`, await buildDraftDocx());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const entries = await entriesAbout(id);
    const replaced = entries.at(-1)!;
    expect(replaced.action).toBe('statement.replacedFromWord');
    expect(replaced.details).toEqual({
      title: 'Replaced from Word',
      keptAs: response.body.version,
      suggestions: 3,
      threads: 1,
      replies: 1,
      dropped: expect.any(Number),
    });
    expect(entries.find((entry) => entry.action === 'version.created')?.details).toMatchObject({ number: response.body.version });
    expect(describeAuditEntry(replaced, nobodyNamed, i18next.getFixedT('en'), 'en')).toBe(
      `${ADMIN.email} replaced the text of “Replaced from Word” from a Word document, keeping the earlier text as a version, with 3 suggestions and 1 comment thread.`,
    );
  });
});
