import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { DiffView, UpstreamView } from '../../shared/api/types.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { textNodes, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/** A small cap, so a few paragraphs are "too large" (the default is 500 000 characters). */
const MAX_DIFF_CHARS = 2000;

/**
 * Finding H2 (CONTRACT: "bounded work: 413 when too large"): a diff over the configured size is
 * refused in words instead of being computed; the upstream list still answers, passage by passage.
 */
describe('a diff of texts over ACCORD_MAX_DIFF_CHARS', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let member: Contact;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_MAX_DIFF_CHARS: String(MAX_DIFF_CHARS) } });
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat);
    member = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(member, orgId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.dispose();
  });

  it('is answered 413 with a plain explanation, and the upstream list says so beside its passages', async () => {
    const statementId = (await createStatement(secretariat, 'Coalition text')).id;
    const coalition = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    clients.push(coalition);
    await waitForSync(coalition);
    writeParagraphs(coalition.doc, ['We support an open Internet.', 'We ask for a seat at the table.']);
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'a seat at the table');
    expect((await secretariat.post(`/api/statements/${statementId}/versions`, { name: 'Short' })).status).toBe(201);
    const forkId = (await member.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {})).body.id;

    // Small texts still compare word by word.
    const small = await member.client.get<DiffView>(`/api/statements/${statementId}/diff?from=1&to=live`);
    expect(small.status).toBe(200);
    expect(small.body.level).toBe('words');

    const long = 'We add many more words to this paragraph. '.repeat(Math.ceil((MAX_DIFF_CHARS * 2) / 42));
    coalition.doc.transact(() => textNodes(coalition.doc)[1]!.insert(0, long));
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'many more words');

    const refused = await member.client.get<ApiErrorBody>(`/api/statements/${statementId}/diff?from=1&to=live`);
    expect(refused.status).toBe(413);
    expect(refused.body.error.code).toBe('too_large');
    expect(refused.body.error.message).toMatch(/too large or too different to compare/);

    const upstream = await member.client.get<UpstreamView>(`/api/statements/${forkId}/upstream`);
    expect(upstream.status).toBe(200);
    expect(upstream.body.diffTooLarge).toMatch(/too large or too different to compare/);
    expect(upstream.body.diff.parts).toEqual([]);
    expect(upstream.body.changes).toEqual([expect.objectContaining({ kind: 'changed', after: `${long}We ask for a seat at the table.` })]);
  });
});
