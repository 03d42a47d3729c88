import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

describe('organisations and invitations', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('lets only the secretariat create organisations, with validated fields', async () => {
    const created = await secretariat.post<{ id: string }>('/api/orgs', { name: 'DENIC', kind: 'ccTLD', category: 'member', country: 'DE' });
    expect(created.status).toBe(201);
    expect(created.body.id).toEqual(expect.any(String));
    for (const bad of [
      { name: 'X', kind: 'bank', category: 'member', country: 'DE' },
      { name: 'X', kind: 'ccTLD', category: 'partner', country: 'DE' },
      { name: 'X', kind: 'ccTLD', category: 'member', country: 'XX' },
      { name: '', kind: 'ccTLD', category: 'member', country: 'DE' },
    ]) {
      expect((await secretariat.post('/api/orgs', bad)).status).toBe(400);
    }
    expect((await new ApiClient(server.url).post('/api/orgs', { name: 'X', kind: 'ccTLD', category: 'member', country: 'DE' })).status).toBe(401);
    const contact = await createContact(server, secretariat, { orgId: created.body.id });
    expect((await contact.client.post('/api/orgs', { name: 'X', kind: 'ccTLD', category: 'member', country: 'DE' })).status).toBe(403);
  });

  it('invites a contact with a one-time link', async () => {
    const orgId = await createOrganisation(secretariat, { name: 'AFNIC' });
    const invitation = await secretariat.post<{ url: string; token: string }>('/api/invitations', {
      email: 'Invitee@Example.org',
      orgId,
      role: 'signatory',
    });
    expect(invitation.status).toBe(201);
    expect(invitation.body.url).toBe(`${server.url}/invitations/${invitation.body.token}`);

    const holder = new ApiClient(server.url);
    const shown = await holder.get(`/api/invitations/${invitation.body.token}`);
    expect(shown.body).toMatchObject({ email: 'invitee@example.org', role: 'signatory', org: { id: orgId, name: 'AFNIC', category: 'member' } });

    const accepted = await holder.post<{ user: { role: string } }>(`/api/invitations/${invitation.body.token}/accept`, { name: 'Ines', password: PASSWORD });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user.role).toBe('signatory');
    expect((await holder.get<{ org: { id: string } }>('/api/me')).body.org.id).toBe(orgId);

    const again = await new ApiClient(server.url).post<{ error: { code: string } }>(`/api/invitations/${invitation.body.token}/accept`, {
      name: 'Mallory',
      password: PASSWORD,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect((await new ApiClient(server.url).get(`/api/invitations/${'A'.repeat(43)}`)).status).toBe(404);
  });

  it('races a link to exactly one account', async () => {
    const orgId = await createOrganisation(secretariat);
    const { body } = await secretariat.post<{ token: string }>('/api/invitations', { email: 'race@example.org', orgId, role: 'contact' });
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        new ApiClient(server.url).post(`/api/invitations/${body.token}/accept`, { name: `Racer ${index}`, password: PASSWORD }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === 201)).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.status === 409)).toHaveLength(9);
  });

  it('validates invitations and keeps them to the secretariat', async () => {
    const orgId = await createOrganisation(secretariat);
    expect((await secretariat.post('/api/invitations', { email: 'a@example.org', role: 'contact' })).status).toBe(400);
    expect((await secretariat.post('/api/invitations', { email: 'a@example.org', orgId: 'no-such-org', role: 'contact' })).status).toBe(400);
    expect((await secretariat.post('/api/invitations', { email: 'a@example.org', orgId, role: 'king' })).status).toBe(400);
    expect((await secretariat.post('/api/invitations', { email: 'colleague@example.org', orgId: null, role: 'secretariat' })).status).toBe(201);
    const contact = await createContact(server, secretariat, { orgId });
    expect((await contact.client.post('/api/invitations', { email: 'b@example.org', orgId, role: 'contact' })).status).toBe(403);
  });

  it("records a contact's agreement to the Statement of Purpose for their own organisation only", async () => {
    const orgId = await createOrganisation(secretariat);
    const otherOrgId = await createOrganisation(secretariat);
    const contact = await createContact(server, secretariat, { orgId });
    expect((await contact.client.post(`/api/orgs/${orgId}/purpose`)).status).toBe(204);
    expect((await contact.client.post(`/api/orgs/${otherOrgId}/purpose`)).status).toBe(403);
    expect((await new ApiClient(server.url).post(`/api/orgs/${orgId}/purpose`)).status).toBe(401);
  });
});
