import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { connectCollab, waitForSync } from '../support/collabClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { anchorsAround, writeParagraphs } from '../support/textAnchors.ts';
import { waitForStoredText } from '../support/waitForStoredText.ts';

/**
 * Finding L16: lists came whole, however long. Each is now a page (`limit`, default 50, at most
 * 200; `offset`), still a JSON array, with the next page in a `Link: <…>; rel="next"` header.
 */
describe('lists are paginated', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: Contact;
  let statementId: string;

  const nextOf = (headers: Headers) => /<([^>]+)>;\s*rel="next"/.exec(headers.get('link') ?? '')?.[1] ?? null;

  /** Every page of a list, following Link headers; checks each page is an array within `limit`. */
  const allPages = async (client: ApiClient, path: string, limit: number) => {
    const pages: { id?: string; number?: number }[][] = [];
    for (let next: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=${limit}`; next !== null; ) {
      const response = await client.get<{ id?: string; number?: number }[]>(next);
      expect(response.status, next).toBe(200);
      expect(Array.isArray(response.body)).toBe(true);
      expect(response.body.length).toBeLessThanOrEqual(limit);
      pages.push(response.body);
      next = nextOf(response.headers);
      expect(pages.length).toBeLessThan(100);
    }
    return pages;
  };

  const keyOf = (item: { id?: string; number?: number }) => item.id ?? String(item.number);

  /** Paging through gives exactly the whole list, in the same order, in pages of `limit`. */
  const expectPagesOf = async (client: ApiClient, path: string, limit: number, atLeast: number) => {
    const whole = (await client.get<{ id?: string; number?: number }[]>(`${path}${path.includes('?') ? '&' : '?'}limit=200`)).body;
    expect(whole.length, path).toBeGreaterThanOrEqual(atLeast);
    const pages = await allPages(client, path, limit);
    expect(pages.length, path).toBe(Math.ceil(whole.length / limit));
    expect(pages.flat().map(keyOf), path).toEqual(whole.map(keyOf));
  };

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgs = [await createOrganisation(secretariat), await createOrganisation(secretariat), await createOrganisation(secretariat)];
    contact = await createContact(server, secretariat, { orgId: orgs[0]! });
    await createContact(server, secretariat, { orgId: orgs[1]! });
    await agreeToPurpose(contact, orgs[0]!);
    for (let index = 0; index < 52; index++) await createStatement(secretariat, `Statement ${index}`);
    statementId = (await createStatement(secretariat, 'Much discussed')).id;
    const writer = connectCollab(server.wsUrl, statementId, secretariat.cookie);
    await waitForSync(writer);
    writeParagraphs(writer.doc, ['Words to discuss at length.']);
    const anchors = anchorsAround(writer.doc, 'discuss');
    await waitForStoredText(server.wsUrl, statementId, secretariat.cookie, 'at length');
    writer.destroy();
    for (let index = 0; index < 5; index++) {
      expect((await contact.client.post(`/api/statements/${statementId}/threads`, { kind: 'comment', ...anchors, body: `Remark ${index}` })).status).toBe(201);
      expect((await secretariat.post(`/api/statements/${statementId}/versions`, { name: `Version ${index}` })).status).toBe(201);
    }
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('gives 50 statements by default, and the rest on the next page', async () => {
    const first = await secretariat.get<unknown[]>('/api/statements');
    expect(first.body).toHaveLength(50);
    const next = nextOf(first.headers);
    expect(next).toMatch(/^\/api\/statements\?limit=50&offset=50$/);
    const second = await secretariat.get<unknown[]>(next!);
    expect(second.body).toHaveLength(3);
    expect(nextOf(second.headers)).toBeNull();
  });

  it('pages every list the same way', async () => {
    await expectPagesOf(secretariat, '/api/statements', 7, 53);
    await expectPagesOf(contact.client, `/api/statements/${statementId}/threads`, 2, 5);
    await expectPagesOf(contact.client, `/api/statements/${statementId}/versions`, 2, 5);
    await expectPagesOf(secretariat, '/api/users', 2, 3);
    await expectPagesOf(secretariat, '/api/orgs', 2, 3);
    await expectPagesOf(secretariat, '/api/invitations', 1, 2);
    await expectPagesOf(contact.client, '/api/mentionable', 2, 6);
  });

  it("counts each listed statement's threads from one read of the page", async () => {
    const listed = (await contact.client.get<{ id: string; threadCounts: { open: number; total: number } }[]>('/api/statements?limit=200')).body;
    expect(listed.find((statement) => statement.id === statementId)?.threadCounts).toEqual({ open: 5, total: 5 });
    expect(listed.filter((statement) => statement.threadCounts.total > 0)).toHaveLength(1);
  });

  it('answers at most 200, and refuses a nonsense page', async () => {
    const response = await secretariat.get<unknown[]>('/api/statements?limit=100000');
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(53);
    expect((await secretariat.get('/api/statements?limit=0')).status).toBe(400);
    expect((await secretariat.get('/api/statements?offset=-1')).status).toBe(400);
  });
});
