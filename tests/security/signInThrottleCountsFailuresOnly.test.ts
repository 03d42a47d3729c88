import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';

/**
 * Finding 5 (last sentence) and L1: sign-in throttling counted successful sign-ins, so normal use
 * was locked out; and it was per address only, so a botnet could guess one account from many
 * addresses. Now only failures count, per address and account, and per account from everywhere
 * with a growing wait (never a hard lockout).
 */
describe('sign-in throttling counts failed sign-ins only', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    // TRUST_PROXY lets the test speak from many addresses through X-Forwarded-For.
    server = await startAccord({ env: { ACCORD_LOGIN_ATTEMPTS: '5', ACCORD_LOGIN_ACCOUNT_FAILURES: '8', TRUST_PROXY: '1' } });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const from = (address: string) => ({ 'x-forwarded-for': address });
  const signIn = (address: string, email: string, password: string) =>
    new ApiClient(server.url).request<{ error?: { code: string } }>('POST', '/api/auth/login', { email, password }, from(address));

  it('lets 50 successful sign-ins in a row through', async () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      expect((await signIn('198.51.100.1', ADMIN.email, ADMIN.password)).status).toBe(200);
    }
  });

  it('answers failed attempts past the allowance with 429 and Retry-After, for that address and account only', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn('198.51.100.2', 'someone@example.org', `guess ${attempt}`)).status).toBe(401);
    }
    const limited = await signIn('198.51.100.2', 'someone@example.org', 'guess 5');
    expect(limited.status).toBe(429);
    expect(limited.body.error?.code).toBe('too_many_requests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same person elsewhere, and the same address for another account, are not held up.
    expect((await signIn('198.51.100.3', 'someone@example.org', 'guess 6')).status).toBe(401);
    expect((await signIn('198.51.100.2', ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('slows guesses at one account spread over many addresses with a growing wait', async () => {
    const victim = 'victim@example.org';
    // 8 failures from 8 addresses are allowed; the 9th failure starts the backoff.
    for (let attempt = 0; attempt < 9; attempt++) {
      expect((await signIn(`203.0.113.${attempt + 1}`, victim, `guess ${attempt}`)).status).toBe(401);
    }
    const slowed = await signIn('203.0.113.100', victim, 'guess 9');
    expect(slowed.status).toBe(429);
    const wait = Number(slowed.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });
});
