import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

interface Invitation {
  id: string;
  url: string;
  token: string;
}

describe('invitations', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgId: string;
  let sequence = 0;

  const invite = async (role: 'contact' | 'signatory' | 'secretariat' = 'contact'): Promise<Invitation & { email: string }> => {
    const email = `invitee${++sequence}@example.org`;
    const response = await secretariat.post<Invitation>('/api/invitations', { email, orgId: role === 'secretariat' ? null : orgId, role });
    expect(response.status).toBe(201);
    return { ...response.body, email };
  };
  const accept = (token: string) =>
    new ApiClient(server.url).post<{ error: { message: string } }>(`/api/invitations/${token}/accept`, { name: 'New Person', password: PASSWORD });

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('give a one-time link that signs the new contact in', async () => {
    const invitation = await invite('signatory');
    expect(invitation.url).toBe(`${server.url}/invitations/${invitation.token}`);
    const details = await new ApiClient(server.url).get<{ email: string; role: string }>(`/api/invitations/${invitation.token}`);
    expect(details.body).toMatchObject({ email: invitation.email, role: 'signatory' });
    const client = new ApiClient(server.url);
    expect((await client.post(`/api/invitations/${invitation.token}/accept`, { name: 'Signe', password: PASSWORD })).status).toBe(201);
    const me = await client.get<{ user: { role: string }; org: { id: string } }>('/api/me');
    expect(me.body).toMatchObject({ user: { role: 'signatory' }, org: { id: orgId } });
  });

  it('cannot be used twice', async () => {
    const invitation = await invite();
    expect((await accept(invitation.token)).status).toBe(201);
    const again = await accept(invitation.token);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/used already/);
  });

  it('expire after 7 days', async () => {
    const invitation = await invite();
    const listed = await secretariat.get<{ id: string; expiresAt: string; createdAt: string }[]>(`/api/invitations?orgId=${orgId}`);
    const row = listed.body.find((entry) => entry.id === invitation.id)!;
    expect(Date.parse(row.expiresAt) - Date.parse(row.createdAt)).toBe(7 * 24 * 60 * 60 * 1000);
    // Seven days pass.
    const database = openTestDatabase(server);
    await database.run('UPDATE invitations SET expires_at = ? WHERE id = ?', new Date(Date.now() - 1000).toISOString(), invitation.id);
    await database.close();
    const late = await accept(invitation.token);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/expired/);
    const after = await secretariat.get<{ id: string; status: string }[]>(`/api/invitations?orgId=${orgId}`);
    expect(after.body.find((entry) => entry.id === invitation.id)?.status).toBe('expired');
  });

  it('can be revoked, after which the link gives a clear error', async () => {
    const invitation = await invite();
    expect((await secretariat.delete(`/api/invitations/${invitation.id}`)).status).toBe(204);
    const revoked = await accept(invitation.token);
    expect(revoked.status).toBe(409);
    expect(revoked.body.error.message).toMatch(/withdrawn/);
    expect((await secretariat.delete(`/api/invitations/${invitation.id}`)).status).toBe(409);
    const listed = await secretariat.get<{ id: string; status: string }[]>(`/api/invitations?orgId=${orgId}`);
    expect(listed.body.find((entry) => entry.id === invitation.id)?.status).toBe('revoked');
  });

  it('cannot be revoked once accepted, and unknown links are 404', async () => {
    const invitation = await invite();
    expect((await accept(invitation.token)).status).toBe(201);
    expect((await secretariat.delete(`/api/invitations/${invitation.id}`)).status).toBe(409);
    expect((await accept('x'.repeat(43))).status).toBe(404);
    expect((await secretariat.delete('/api/invitations/no-such-invitation')).status).toBe(404);
  });

  it('invite secretariat colleagues too', async () => {
    const invitation = await invite('secretariat');
    const client = new ApiClient(server.url);
    expect((await client.post(`/api/invitations/${invitation.token}/accept`, { name: 'Colleague', password: PASSWORD })).status).toBe(201);
    const me = await client.get<{ user: { role: string }; org: unknown }>('/api/me');
    expect(me.body).toMatchObject({ user: { role: 'secretariat' }, org: null });
  });

  it('bring back a removed contact with their history when invited again', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    expect((await secretariat.delete(`/api/users/${contact.userId}`)).status).toBe(204);
    const again = await secretariat.post<Invitation>('/api/invitations', { email: contact.email, orgId, role: 'contact' });
    expect(again.status).toBe(201);
    const client = new ApiClient(server.url);
    const accepted = await client.post<{ user: { id: string } }>(`/api/invitations/${again.body.token}/accept`, { name: 'Back Again', password: PASSWORD });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user.id).toBe(contact.userId);
  });

  it('are managed by the secretariat only', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    expect((await contact.client.post('/api/invitations', { email: 'x@example.org', orgId, role: 'contact' })).status).toBe(403);
    expect((await contact.client.get('/api/invitations')).status).toBe(403);
    const invitation = await invite();
    expect((await contact.client.delete(`/api/invitations/${invitation.id}`)).status).toBe(403);
  });
});
