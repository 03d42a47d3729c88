import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * Finding M10: forks, versions, threads and comments grew without bound. Each now has a quota
 * (server/env.ts, README "Limits"); reaching it is a clear 413 or 429 naming the limit and what to
 * do, and nothing is created.
 */
describe('quotas refuse clearly', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let statementId: string;
  let anchors: { anchorStart: string; anchorEnd: string };

  beforeAll(async () => {
    server = await startAccord({
      env: {
        ACCORD_MAX_FORKS_PER_ORG: '1',
        ACCORD_MAX_VERSIONS_PER_STATEMENT: '2',
        ACCORD_MAX_THREADS_PER_STATEMENT: '2',
        ACCORD_MAX_COMMENT_CHARS: '40',
      },
    });
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Quota Registry' });
    contact = await createContact(server, secretariat, { orgId });
    await agreeToPurpose(contact, orgId);
    statementId = (await createStatement(secretariat, 'Statement with limits')).id;
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Every limit is written down.']);
    anchors = anchorsAround(writer.doc, 'limit');
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'written down');
    writer.destroy();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const refusal = (response: { status: number; body: unknown }) => (response.body as ApiErrorBody).error;

  it('refuses a second fork of one organisation with 429 naming the limit', async () => {
    expect((await contact.client.post(`/api/statements/${statementId}/forks`, {})).status).toBe(201);
    const refused = await contact.client.post(`/api/statements/${statementId}/forks`, {});
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'too_many_requests' } });
    expect(refusal(refused).message).toMatch(/Quota Registry has 1 forks.*\(1\).*ACCORD_MAX_FORKS_PER_ORG/);
  });

  it('refuses a version past the limit with 429 naming the limit', async () => {
    for (const name of ['First', 'Second']) expect((await secretariat.post(`/api/statements/${statementId}/versions`, { name })).status).toBe(201);
    const refused = await secretariat.post(`/api/statements/${statementId}/versions`, { name: 'Third' });
    expect(refused.status).toBe(429);
    expect(refusal(refused).message).toMatch(/2 versions.*ACCORD_MAX_VERSIONS_PER_STATEMENT/);
    expect((await secretariat.get<unknown[]>(`/api/statements/${statementId}/versions`)).body).toHaveLength(2);
  });

  it('refuses a comment past the length limit with 413, then a thread past the count limit with 429', async () => {
    const long = 'x'.repeat(41);
    const tooLong = await contact.client.post(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: long });
    expect(tooLong.status).toBe(413);
    // The field and its limit, for the client to say it in the reader's language.
    expect(tooLong.body).toMatchObject({ error: { code: 'too_large', fields: [{ path: 'comment', problem: 'too_long', limit: 40 }] } });
    expect(refusal(tooLong).message).toMatch(/at most 40 characters.*41.*shorten it/);
    const suggestion = await contact.client.post(`/api/statements/${statementId}/threads`, { kind: 'suggestion', ...anchors, replacement: long });
    expect(suggestion.status).toBe(413);
    expect(suggestion.body).toMatchObject({ error: { fields: [{ path: 'replacement', problem: 'too_long', limit: 40 }] } });

    const first = await contact.client.post<{ id: string }>(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: 'Fine.' });
    expect(first.status).toBe(201);
    expect((await contact.client.post(`/api/threads/${first.body.id}/comments`, { body: long })).status).toBe(413);
    expect((await contact.client.post(`/api/threads/${first.body.id}/comments`, { body: 'A short reply.' })).status).toBe(201);
    expect((await contact.client.post(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: 'Also fine.' })).status).toBe(201);

    const third = await contact.client.post(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: 'One too many.' });
    expect(third.status).toBe(429);
    expect(refusal(third).message).toMatch(/2 comment threads.*reply in an existing thread.*ACCORD_MAX_THREADS_PER_STATEMENT/);
    expect((await contact.client.get<unknown[]>(`/api/statements/${statementId}/threads`)).body).toHaveLength(2);
  });
});
