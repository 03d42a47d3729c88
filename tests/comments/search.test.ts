import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResultView } from '../../shared/api/types.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitFor } from '../support/waitFor.ts';

describe('search', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let author: Contact;
  let colleague: Contact;
  let outsider: Contact;
  let statementId: string;

  const search = async (client: ApiClient, q: string) => (await client.get<SearchResultView[]>(`/api/search?q=${encodeURIComponent(q)}`)).body;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgA = await createOrganisation(secretariat);
    const orgB = await createOrganisation(secretariat);
    author = await createContact(server, secretariat, { orgId: orgA });
    colleague = await createContact(server, secretariat, { orgId: orgA });
    outsider = await createContact(server, secretariat, { orgId: orgB });
    await agreeToPurpose(author, orgA);
    await agreeToPurpose(outsider, orgB);
    statementId = (await createStatement(secretariat, 'Statement on interoperability')).id;
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Universal acceptance of internationalised domain names matters.']);
    const anchors = anchorsAround(writer.doc, 'Universal acceptance');
    await waitFor(async () => (await search(secretariat, 'internationalised')).length > 0, { message: 'the text searchable' });
    writer.destroy();
    for (const [visibility, body] of [
      ['coalition', 'zebra coalition remark'],
      ['organisation', 'zebra organisation remark'],
      ['secretariat', 'zebra secretariat remark'],
    ] as const) {
      expect((await author.client.post(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body, visibility })).status).toBe(201);
    }
    expect((await secretariat.post(`/api/statements/${statementId}/versions`, { name: 'Zebra draft' })).status).toBe(201);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('finds titles, text, comments and versions', async () => {
    expect((await search(outsider.client, 'interoperability')).map((result) => result.kind)).toEqual(['statement']);
    expect((await search(outsider.client, 'INTERNATIONALISED'))[0]).toMatchObject({
      kind: 'statement',
      statementId,
      snippet: expect.stringContaining('internationalised domain names'),
    });
    expect(await search(outsider.client, 'zebra draft')).toEqual([expect.objectContaining({ kind: 'version', versionNumber: 1 })]);
    expect((await secretariat.get('/api/search?q=z')).status).toBe(400);
    expect((await new ApiClient(server.url).get('/api/search?q=zebra')).status).toBe(401);
  });

  it('shows each person only the threads they may see', async () => {
    const remarks = async (client: ApiClient) =>
      (await search(client, 'zebra'))
        .filter((result) => result.kind === 'comment')
        .map((result) => result.snippet)
        .sort();
    expect(await remarks(author.client)).toEqual(['zebra coalition remark', 'zebra organisation remark', 'zebra secretariat remark']);
    expect(await remarks(colleague.client)).toEqual(['zebra coalition remark', 'zebra organisation remark']);
    expect(await remarks(outsider.client)).toEqual(['zebra coalition remark']);
    expect(await remarks(secretariat)).toEqual(['zebra coalition remark', 'zebra secretariat remark']);
  });

  it("never finds another organisation's private fork", async () => {
    const fork = (await author.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {})).body;
    const inFork = async (client: ApiClient) => (await search(client, 'interoperability')).some((result) => result.statementId === fork.id);
    expect(await inFork(author.client)).toBe(true);
    expect(await inFork(outsider.client)).toBe(false);
    expect(await inFork(secretariat)).toBe(false);
  });
});
