import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, signInAsSecretariat } from '../support/coalition.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';

let server: AccordProcess;

beforeAll(async () => {
  server = await startAccord();
});

afterAll(async () => {
  await server?.dispose();
});

describe('PUT /api/me/language', () => {
  it('refuses the signed out (401)', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.request('PUT', '/api/me/language', { language: 'fr' })).status).toBe(401);
  });

  it('refuses a language Accord does not speak, or no language at all (400)', async () => {
    const secretariat = await signInAsSecretariat(server);
    expect((await secretariat.request('PUT', '/api/me/language', { language: 'de' })).status).toBe(400);
    expect((await secretariat.request('PUT', '/api/me/language', {})).status).toBe(400);
    expect((await secretariat.request('PUT', '/api/me/language', { language: 'fr', extra: 1 })).status).toBe(400);
  });

  it('saves the language: GET /api/me shows it, null at first and again once cleared', async () => {
    const secretariat = await signInAsSecretariat(server);
    const { client } = await createContact(server, secretariat, { orgId: await createOrganisation(secretariat) });
    const before = await client.get<{ user: { language: unknown; email: string } }>('/api/me');
    expect(before.body.user.language).toBeNull();

    const saved = await client.request('PUT', '/api/me/language', { language: 'fr' });
    expect(saved).toMatchObject({ status: 200, body: { language: 'fr' } });
    const after = await client.get<{ user: { language: unknown; email: string; id: string; name: string; role: string } }>('/api/me');
    expect(after.body.user).toMatchObject({ language: 'fr', email: before.body.user.email });

    expect((await client.request('PUT', '/api/me/language', { language: null })).status).toBe(200);
    expect((await client.get<{ user: { language: unknown } }>('/api/me')).body.user.language).toBeNull();
    // Someone else's choice is theirs alone.
    expect((await secretariat.get<{ user: { language: unknown } }>('/api/me')).body.user.language).toBeNull();
  });
});
