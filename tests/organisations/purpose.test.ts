import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

interface Me {
  purpose: { version: number; agreed: boolean };
  can: string[];
}

describe('the Statement of Purpose gate', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('lets contacts of an organisation that has not agreed only read the Statement of Purpose and agree to it', async () => {
    const orgId = await createOrganisation(secretariat);
    const signatory = await createContact(server, secretariat, { orgId, role: 'signatory', agreed: false });
    const colleague = await createContact(server, secretariat, { orgId, agreed: false });
    const statement = await createStatement(secretariat);

    const before = await signatory.client.get<Me>('/api/me');
    expect(before.body.purpose.agreed).toBe(false);
    expect(before.body.can).toEqual(expect.arrayContaining(['purpose.read', 'organisation.agreePurpose']));
    expect(before.body.can).not.toContain('coalition.read');
    expect((await signatory.client.get(`/api/statements/${statement.id}`)).status).toBe(403);
    expect((await signatory.client.get('/api/statements')).status).toBe(403);
    expect((await signatory.client.get('/api/search?q=statement')).status).toBe(403);

    const purpose = await signatory.client.get<{ version: number; text: string; agreement: unknown }>('/api/purpose');
    expect(purpose.body.agreement).toBeNull();
    expect(purpose.body.text.length).toBeGreaterThan(20);

    expect((await signatory.client.post(`/api/orgs/${orgId}/purpose`, {})).status).toBe(204);
    // One contact agrees for the whole organisation.
    const after = await colleague.client.get<Me>('/api/me');
    expect(after.body.purpose.agreed).toBe(true);
    expect(after.body.can).toContain('coalition.read');
    const seen = await colleague.client.get<{ can: string[] }>(`/api/statements/${statement.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.can).toEqual(expect.arrayContaining(['statement.read', 'statement.comment', 'statement.fork']));
    const agreed = await colleague.client.get<{ agreement: { agreedBy: string } }>('/api/purpose');
    expect(agreed.body.agreement.agreedBy).toBe(signatory.userId);
  });

  it('asks again after a new version; until then its contacts read nothing else', async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId, agreed: false });
    expect((await contact.client.post(`/api/orgs/${orgId}/purpose`, {})).status).toBe(204);
    const agreedVersion = (await contact.client.get<Me>('/api/me')).body.purpose.version;

    const published = await secretariat.post<{ version: number }>('/api/purpose', {
      text: 'A revised Statement of Purpose, with a new paragraph on openness.',
    });
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(agreedVersion + 1);

    const me = await contact.client.get<Me>('/api/me');
    expect(me.body.purpose).toEqual({ version: agreedVersion + 1, agreed: false });
    expect(me.body.can).not.toContain('coalition.read');
    expect((await contact.client.get('/api/statements')).status).toBe(403);
    const organisations = await secretariat.get<{ id: string; purpose: { version: number } }[]>('/api/orgs');
    expect(organisations.body.find((organisation) => organisation.id === orgId)?.purpose?.version).toBe(agreedVersion);

    expect((await contact.client.post(`/api/orgs/${orgId}/purpose`, {})).status).toBe(204);
    expect((await contact.client.get<Me>('/api/me')).body.purpose.agreed).toBe(true);
  });

  it('is agreed only for one’s own organisation, and published only by the secretariat', async () => {
    const own = await createOrganisation(secretariat);
    const other = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId: own });
    expect((await contact.client.post(`/api/orgs/${other}/purpose`, {})).status).toBe(403);
    expect((await secretariat.post(`/api/orgs/${own}/purpose`, {})).status).toBe(403);
    expect((await contact.client.post('/api/purpose', { text: 'A Statement of Purpose written by a contact.' })).status).toBe(403);
    expect((await secretariat.post('/api/purpose', { text: 'short' })).status).toBe(400);
  });
});
