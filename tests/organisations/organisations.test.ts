import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

describe('organisations and their contacts', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('are created, listed, edited and read by the secretariat', async () => {
    const created = await secretariat.post<{ id: string }>('/api/orgs', { name: 'Registro Uno', kind: 'ccTLD', category: 'member', country: 'IT' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await createContact(server, secretariat, { orgId: id, role: 'signatory' });
    await createContact(server, secretariat, { orgId: id });

    const edited = await secretariat.request('PATCH', `/api/orgs/${id}`, { name: 'Registro Uno S.p.A.', kind: 'registrar' });
    expect(edited.status).toBe(204);
    const list = await secretariat.get<{ id: string; name: string; kind: string; contactCount: number; signatoryCount: number }[]>('/api/orgs');
    expect(list.body.find((organisation) => organisation.id === id)).toMatchObject({
      name: 'Registro Uno S.p.A.',
      kind: 'registrar',
      contactCount: 2,
      signatoryCount: 1,
    });
    const detail = await secretariat.get<{ contacts: { role: string }[] }>(`/api/orgs/${id}`);
    expect(detail.body.contacts.map((contact) => contact.role).sort()).toEqual(['contact', 'signatory']);
  });

  it('reject bad input with 400 naming the field', async () => {
    const bad = await secretariat.post<{ error: { code: string; message: string } }>('/api/orgs', {
      name: 'X',
      kind: 'ccTLD',
      category: 'member',
      country: 'XX',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('country');
    const orgId = await createOrganisation(secretariat);
    const empty = await secretariat.request('PATCH', `/api/orgs/${orgId}`, {});
    expect(empty.status).toBe(400);
    const unknown = await secretariat.request('PATCH', '/api/orgs/no-such-organisation', { name: 'Y' });
    expect(unknown.status).toBe(404);
  });

  it('let a contact see their own organisation and colleagues, not another one', async () => {
    const own = await createOrganisation(secretariat);
    const other = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId: own });
    expect((await contact.client.get(`/api/orgs/${own}`)).status).toBe(200);
    expect((await contact.client.get(`/api/orgs/${other}`)).status).toBe(403);
    expect((await contact.client.get('/api/orgs')).status).toBe(403);
  });

  it("change a contact's name and role (a signatory may sign for the organisation)", async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId });
    const promoted = await secretariat.request('PATCH', `/api/users/${contact.userId}`, { role: 'signatory', name: 'Ana Signer' });
    expect(promoted.status).toBe(204);
    const me = await contact.client.get<{ user: { role: string; name: string } }>('/api/me');
    expect(me.body.user).toMatchObject({ role: 'signatory', name: 'Ana Signer' });
    const secretariatRole = await secretariat.request('PATCH', `/api/users/${contact.userId}`, { role: 'secretariat' });
    expect(secretariatRole.status).toBe(400);
  });

  it('remove a contact: their session ends and they cannot sign in again', async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId });
    expect((await secretariat.request('DELETE', `/api/users/${contact.userId}`)).status).toBe(204);
    expect((await contact.client.get('/api/me')).status).toBe(401);
    const again = await new ApiClient(server.url).post('/api/auth/login', { email: contact.email, password: PASSWORD });
    expect(again.status).toBe(401);
    const detail = await secretariat.get<{ contacts: unknown[] }>(`/api/orgs/${orgId}`);
    expect(detail.body.contacts).toEqual([]);
  });

  it('remove an organisation with its contacts and open invitations', async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId });
    const pending = await secretariat.post<{ id: string; token: string }>('/api/invitations', {
      email: `later-${Date.now()}@example.org`,
      orgId,
      role: 'contact',
    });
    expect((await secretariat.request('DELETE', `/api/orgs/${orgId}`)).status).toBe(204);
    expect((await contact.client.get('/api/me')).status).toBe(401);
    const list = await secretariat.get<{ id: string }[]>('/api/orgs');
    expect(list.body.some((organisation) => organisation.id === orgId)).toBe(false);
    const accept = await new ApiClient(server.url).post(`/api/invitations/${pending.body.token}/accept`, { name: 'Late', password: PASSWORD });
    expect(accept.status).toBe(409);
  });

  it('let only the secretariat manage organisations and contacts', async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId, role: 'signatory' });
    expect((await contact.client.post('/api/orgs', { name: 'Mine', kind: 'other', category: 'member', country: 'FR' })).status).toBe(403);
    expect((await contact.client.request('PATCH', `/api/orgs/${orgId}`, { name: 'Renamed' })).status).toBe(403);
    expect((await contact.client.request('DELETE', `/api/orgs/${orgId}`)).status).toBe(403);
    expect((await contact.client.request('PATCH', `/api/users/${contact.userId}`, { role: 'contact' })).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/orgs')).status).toBe(401);
  });
});
