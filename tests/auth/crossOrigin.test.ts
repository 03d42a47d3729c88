import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { signInAsSecretariat } from '../support/coalition.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';

describe('requests from elsewhere and malformed requests', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('refuses a state-changing request from another origin, even with a valid session', async () => {
    const forged = new ApiClient(server.url, 'https://evil.example');
    forged.cookie = secretariat.cookie;
    const response = await forged.post<{ error: { code: string } }>('/api/statements', { title: 'Forged' });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect((await forged.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password })).status).toBe(403);
  });

  it('accepts JSON without an Origin header (not a browser, so no CSRF)', async () => {
    const tool = new ApiClient(server.url, null);
    tool.cookie = secretariat.cookie;
    expect((await tool.post('/api/statements', { title: 'From a script' })).status).toBe(201);
  });

  it('answers 415 to bodies that are not JSON', async () => {
    const form = await secretariat.request<{ error: { code: string } }>('POST', '/api/statements', 'title=Form', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe('unsupported_media_type');
    expect((await secretariat.request('POST', '/api/statements', '{"title":"x"}', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('answers 413 to a body over 256 KB and 400 to malformed JSON', async () => {
    const huge = await secretariat.post<{ error: { code: string } }>('/api/statements', { title: 'x'.repeat(300 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('too_large');
    const broken = await secretariat.post<{ error: { code: string } }>('/api/statements', '{"title": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('bad_request');
  });

  it('answers 404 in the error shape for unknown API paths', async () => {
    const response = await secretariat.get<{ error: { code: string; message: string } }>('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('reports health to anyone', async () => {
    const response = await new ApiClient(server.url, null).get('/api/health');
    expect(response).toMatchObject({ status: 200, body: { ok: true } });
  });
});
