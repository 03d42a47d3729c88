import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPageView, ThreadView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * Review M5: the audit log every secretariat member reads keeps ids and content hashes, never the
 * words of a private fork or an organisation-only thread, and a private fork's events are not in
 * the secretariat's view or export at all (the hash chain still covers them).
 */
describe('the audit log has no private text', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgA: string;
  let member: Contact;
  let colleague: Contact;
  let statementId: string;
  let forkId: string;
  let forkTitle: string;
  const clients: CollabClient[] = [];

  const ACCEPTED_QUOTE = 'within their remit';
  const ACCEPTED_REPLACEMENT = 'within the private remit we negotiated';
  const REJECTED_REPLACEMENT = 'only where our counsel allows';
  const REJECTION_REASON = 'Our counsel advised against this wording';
  const VERSION_NAME = 'Draft for our board, confidential';
  const ORG_ONLY_COMMENT = 'Internal worry about the right layer';

  const open = async (id: string, cookie: string | null) => {
    const client = connectCollab(server.wsUrl, id, cookie);
    clients.push(client);
    await waitForSync(client);
    return client;
  };

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgA = await createOrganisation(secretariat, { name: 'Registry A' });
    member = await createContact(server, secretariat, { orgId: orgA });
    colleague = await createContact(server, secretariat, { orgId: orgA });
    await agreeToPurpose(member, orgA);
    statementId = (await createStatement(secretariat, 'Coalition statement')).id;
    const editor = await open(statementId, secretariat.cookie);
    writeParagraphs(editor.doc, ['Registries act against abuse within their remit.', 'Measures should target abuse at the right layer.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'right layer');

    const fork = await member.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {});
    expect(fork.status).toBe(201);
    forkId = fork.body.id;
    forkTitle = (await member.client.get<{ title: string }>(`/api/statements/${forkId}`)).body.title;
    const forkEditor = await open(forkId, member.client.cookie);
    await waitFor(() => forkEditor.text().includes('right layer'), { message: "the fork's copied text" });

    const suggest = async (words: string, replacement: string) => {
      const created = await colleague.client.post<ThreadView>(`/api/statements/${forkId}/threads`, {
        kind: 'suggestion',
        ...anchorsAround(forkEditor.doc, words),
        replacement,
        body: '',
      });
      expect(created.status).toBe(201);
      return created.body.id;
    };
    const accepted = await suggest(ACCEPTED_QUOTE, ACCEPTED_REPLACEMENT);
    expect((await member.client.post(`/api/threads/${accepted}/accept`, {})).status).toBe(200);
    const rejected = await suggest('at the right layer', REJECTED_REPLACEMENT);
    expect((await member.client.post(`/api/threads/${rejected}/reject`, { reason: REJECTION_REASON })).status).toBe(200);
    expect((await member.client.post(`/api/statements/${forkId}/versions`, { name: VERSION_NAME })).status).toBe(201);

    // An organisation-only thread on the coalition's own statement.
    const orgOnly = await member.client.post(`/api/statements/${statementId}/threads`, {
      kind: 'comment',
      ...anchorsAround(editor.doc, 'right layer'),
      body: ORG_ONLY_COMMENT,
      visibility: 'organisation',
    });
    expect(orgOnly.status).toBe(201);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  const privateTexts = () => [ACCEPTED_REPLACEMENT, REJECTED_REPLACEMENT, REJECTION_REASON, VERSION_NAME, ORG_ONLY_COMMENT, forkTitle];

  it("keeps the private fork's events, and their words, out of the secretariat's view", async () => {
    const page = await secretariat.get<AuditPageView>('/api/audit?limit=500');
    expect(page.status).toBe(200);
    const text = JSON.stringify(page.body);
    for (const secret of privateTexts()) expect(text).not.toContain(secret);
    expect(text).not.toContain(forkId);
    // The coalition's own statement is still there.
    expect(page.body.entries.some((entry) => entry.action === 'statement.created' && entry.subjectId === statementId)).toBe(true);
    for (const action of ['statement.forked', 'suggestion.accepted', 'suggestion.rejected', 'version.created'] as const) {
      const filtered = await secretariat.get<AuditPageView>(`/api/audit?action=${action}`);
      expect(filtered.body.entries).toEqual([]);
    }
    const bySubject = await secretariat.get<AuditPageView>(`/api/audit?subjectId=${forkId}`);
    expect(bySubject.body.entries).toEqual([]);
  });

  it('keeps them out of the CSV export', async () => {
    const csv = await secretariat.get<string>('/api/audit/export.csv');
    expect(csv.status).toBe(200);
    for (const secret of privateTexts()) expect(csv.body).not.toContain(secret);
    expect(csv.body).not.toContain(forkId);
  });

  it('still records them, scoped to the organisation, with hashes instead of words, in a chain that verifies', async () => {
    const database = openTestDatabase(server);
    try {
      const rows = await database.all<{ action: string; details: string; scope_org_id: string | null }>(
        'SELECT action, details, scope_org_id FROM audit_log ORDER BY sequence',
      );
      const scoped = rows.filter((row) => row.scope_org_id === orgA).map((row) => row.action);
      expect(scoped).toEqual(expect.arrayContaining(['statement.forked', 'suggestion.accepted', 'suggestion.rejected', 'version.created', 'thread.created']));
      const everything = JSON.stringify(rows);
      for (const secret of [ACCEPTED_REPLACEMENT, REJECTED_REPLACEMENT, REJECTION_REASON, VERSION_NAME, ORG_ONLY_COMMENT])
        expect(everything).not.toContain(secret);
      const accepted = rows.find((row) => row.action === 'suggestion.accepted')!;
      expect(JSON.parse(accepted.details)).toMatchObject({
        quoteHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        replacementHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      });
      const verified = await secretariat.get<{ ok: boolean; checked: number; brokenAt: number | null }>('/api/audit/verify');
      expect(verified.body).toEqual({ ok: true, checked: rows.length, brokenAt: null });
    } finally {
      await database.close();
    }
  });
});
