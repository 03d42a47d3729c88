import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createOrganisation, PASSWORD, signInAsSecretariat } from '../support/coalition.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/**
 * Finding M10: nothing but sign-in was rate limited. Every API request now counts against the
 * signed-in user's budget (or the address's, signed out): past it, 429 with Retry-After and a
 * message, while other people carry on.
 */
describe('per-user rate limit', () => {
  const LIMIT = 8;
  let server: AccordProcess;
  let secretariat: ApiClient;
  let contact: ApiClient;

  beforeAll(async () => {
    server = await startAccord({ env: { ACCORD_REQUESTS_PER_MINUTE: String(LIMIT) } });
    secretariat = await signInAsSecretariat(server); // address: 1
    const orgId = await createOrganisation(secretariat); // secretariat: 1
    const invitation = await secretariat.post<{ token: string }>('/api/invitations', { email: 'busy@example.org', orgId, role: 'contact' }); // secretariat: 2
    contact = new ApiClient(server.url);
    expect((await contact.post(`/api/invitations/${invitation.body.token}/accept`, { name: 'Busy Contact', password: PASSWORD })).status).toBe(201); // address: 2
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('answers 429 with Retry-After past the limit, for that user only', async () => {
    for (let request = 0; request < LIMIT; request++) expect((await contact.get('/api/me')).status).toBe(200);
    const refused = await contact.get('/api/me');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((refused.body as ApiErrorBody).error).toMatchObject({
      code: 'too_many_requests',
      message: expect.stringMatching(new RegExp(`at most ${LIMIT} a minute.*Wait \\d+ seconds? and try again`)),
    });
    // Someone else's budget is their own.
    expect((await secretariat.get('/api/me')).status).toBe(200);
  });

  it('counts requests by address when nobody is signed in', async () => {
    const anonymous = new ApiClient(server.url);
    const statuses: number[] = [];
    for (let request = 0; request < LIMIT; request++) statuses.push((await anonymous.get('/api/statements')).status);
    expect(statuses.slice(0, LIMIT - 2).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(LIMIT - 2)).toEqual([429, 429]);
    // Health checks are never limited.
    expect((await anonymous.get('/api/health')).status).toBe(200);
  });
});
