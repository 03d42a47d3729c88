import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

interface Session {
  id: string;
  current: boolean;
  userAgent: string | null;
}

describe('account care', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let orgId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    orgId = await createOrganisation(secretariat);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('changes the password, ending the other sessions but not this one', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    const laptop = await new ApiClient(server.url).login(contact.email, PASSWORD);
    const wrong = await contact.client.post('/api/me/password', { currentPassword: 'not the password', newPassword: 'a brand new password' });
    expect(wrong.status).toBe(400);
    const weak = await contact.client.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect((await contact.client.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'a brand new password' })).status).toBe(204);
    expect((await contact.client.get('/api/me')).status).toBe(200);
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: contact.email, password: PASSWORD })).status).toBe(401);
    await new ApiClient(server.url).login(contact.email, 'a brand new password');
  });

  it('lists and revokes one’s sessions, and logs out everywhere', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    const phone = await new ApiClient(server.url).login(contact.email, PASSWORD);
    const sessions = await contact.client.get<Session[]>('/api/me/sessions');
    expect(sessions.body).toHaveLength(2);
    expect(sessions.body.filter((session) => session.current)).toHaveLength(1);
    const other = sessions.body.find((session) => !session.current)!;
    expect((await contact.client.delete(`/api/me/sessions/${other.id}`)).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await contact.client.delete(`/api/me/sessions/${other.id}`)).status).toBe(404);

    // Another person's session id is not found either.
    const stranger = await createContact(server, secretariat, { orgId });
    const theirs = (await stranger.client.get<Session[]>('/api/me/sessions')).body[0]!;
    expect((await contact.client.delete(`/api/me/sessions/${theirs.id}`)).status).toBe(404);
    expect((await stranger.client.get('/api/me')).status).toBe(200);

    const tablet = await new ApiClient(server.url).login(contact.email, PASSWORD);
    expect((await contact.client.post('/api/auth/logout-everywhere', {})).status).toBe(204);
    expect((await contact.client.get('/api/me')).status).toBe(401);
    expect((await tablet.get('/api/me')).status).toBe(401);
  });

  it('resets a password through a one-time link from the secretariat', async () => {
    const contact = await createContact(server, secretariat, { orgId });
    const issued = await secretariat.post<{ url: string; token: string }>(`/api/users/${contact.userId}/password-reset`, {});
    expect(issued.status).toBe(201);
    expect(issued.body.url).toBe(`${server.url}/reset-password/${issued.body.token}`);
    expect((await contact.client.post(`/api/users/${contact.userId}/password-reset`, {})).status).toBe(403);

    const anonymous = new ApiClient(server.url);
    const shown = await anonymous.get<{ email: string }>(`/api/password-resets/${issued.body.token}`);
    expect(shown.body.email).toBe(contact.email);
    expect((await anonymous.post(`/api/password-resets/${issued.body.token}`, { password: 'a reset password!' })).status).toBe(201);
    expect((await anonymous.get('/api/me')).status).toBe(200);
    // The old session is over, and the link works once.
    expect((await contact.client.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(server.url).post(`/api/password-resets/${issued.body.token}`, { password: 'another password!' })).status).toBe(409);
    await new ApiClient(server.url).login(contact.email, 'a reset password!');
  });
});
