import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, signInAsSecretariat, PASSWORD } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';

describe('signing in and out', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    server = await startAccord();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('signs in with a server-side session in an HttpOnly, SameSite cookie', async () => {
    const client = new ApiClient(server.url);
    const response = await client.post<{ user: Record<string, unknown> }>('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({ id: expect.any(String), email: ADMIN.email, name: 'Secretariat', role: 'secretariat' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^accord_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await client.get('/api/me');
    expect(me.body).toMatchObject({ user: response.body.user, org: null });
  });

  it("shows a contact's organisation", async () => {
    const secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Example Registry', category: 'supporter' });
    const contact = await createContact(server, secretariat, { orgId });
    const fresh = await new ApiClient(server.url).login(contact.email, PASSWORD);
    const me = await fresh.get<{ org: unknown; user: { role: string } }>('/api/me');
    expect(me.body.org).toMatchObject({ id: orgId, name: 'Example Registry', category: 'supporter' });
    expect(me.body.user.role).toBe('contact');
  });

  it('refuses wrong passwords and unknown addresses alike', async () => {
    for (const credentials of [
      { email: ADMIN.email, password: 'not the password' },
      { email: 'nobody@example.org', password: ADMIN.password },
    ]) {
      const response = await new ApiClient(server.url).post('/api/auth/login', credentials);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { code: 'unauthorised', message: 'Wrong e-mail address or password' } });
    }
  });

  it('rejects malformed input with 400', async () => {
    for (const body of [{ email: ADMIN.email }, { email: 'not-an-address', password: 'x' }, { email: ADMIN.email, password: 'x', role: 'admin' }]) {
      const response = await new ApiClient(server.url).post<{ error: { code: string } }>('/api/auth/login', body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('bad_request');
    }
  });

  it('ends the session on the server at logout', async () => {
    const client = await new ApiClient(server.url).login(ADMIN.email, ADMIN.password);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = new ApiClient(server.url);
    replay.cookie = cookie;
    const me = await replay.get<{ error: { code: string } }>('/api/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthorised');
    expect((await new ApiClient(server.url).get('/api/me')).status).toBe(401);
  });
});
