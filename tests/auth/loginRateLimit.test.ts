import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';

describe('sign-in rate limiting', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_LOGIN_ATTEMPTS: '5' } });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('answers 429 after too many attempts for one address, and only for it', async () => {
    const client = new ApiClient(server.url);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await client.post('/api/auth/login', { email: ADMIN.email, password: 'guess number ' + attempt })).status).toBe(401);
    }
    const limited = await client.post<{ error: { code: string; message: string } }>('/api/auth/login', { email: ADMIN.email, password: ADMIN.password });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_requests');
    expect(limited.body.error.message).toMatch(/Too many sign-in attempts/);
    expect((await client.post('/api/auth/login', { email: 'someone-else@example.org', password: 'whatever' })).status).toBe(401);
  });
});
