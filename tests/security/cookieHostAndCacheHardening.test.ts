import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';

const PUBLIC_URL = 'https://accord.example';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** A request with exactly the Host and Origin given, as a proxy or a DNS-rebinding page would send. */
function send(port: number, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      { host: '127.0.0.1', port, method, path, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * L2: the session cookie is Secure whenever users reach the app over https, and `__Host-` prefixed.
 * L9: with PUBLIC_URL set, other Host headers are refused and the Origin check compares scheme too.
 * L11: no API answer is cacheable.
 */
describe('cookie, host and cache hardening behind an https PUBLIC_URL', () => {
  let server: AccordProcess;
  const publicHost = { host: 'accord.example' };

  beforeAll(async () => {
    server = await startAccord({ env: { PUBLIC_URL } });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('sets a Secure __Host- session cookie, although the proxy speaks plain http to us', async () => {
    const signedIn = await send(server.port, 'POST', '/api/auth/login', { ...publicHost, origin: PUBLIC_URL }, ADMIN);
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^__Host-accord_session=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
    const me = await send(server.port, 'GET', '/api/me', { ...publicHost, cookie: cookie.split(';')[0]! });
    expect(me.status).toBe(200);
  });

  it('refuses requests for any other Host (DNS rebinding, forged links)', async () => {
    expect((await send(server.port, 'GET', '/api/me', { host: `127.0.0.1:${server.port}` })).status).toBe(400);
    expect((await send(server.port, 'GET', '/api/setup', { host: 'evil.example' })).status).toBe(400);
    expect((await send(server.port, 'GET', '/p/', { host: 'evil.example' })).status).toBe(400);
    // Nor does a websocket addressed to another Host get upgraded.
    // (Dropped before any answer: not even the refusal (401 or close 4401) a signed-out upgrade to the right Host gets.)
    const socket = openRawCollabSocket(server.wsUrl, 'any-statement', null, { host: 'evil.example', origin: PUBLIC_URL });
    await expect(socket.opened).rejects.toThrow();
    expect(socket.refusedStatus).toBeNull();
    const rightHost = openRawCollabSocket(server.wsUrl, 'any-statement', null, { ...publicHost, origin: PUBLIC_URL });
    expect([401, 4401]).toContain(await rightHost.waitForClose());
    // Load balancers probing by address still get their health check.
    expect((await send(server.port, 'GET', '/api/health', { host: `127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('compares the whole origin, scheme included', async () => {
    const plainHttp = await send(server.port, 'POST', '/api/auth/login', { ...publicHost, origin: 'http://accord.example' }, ADMIN);
    expect(plainHttp.status).toBe(403);
  });

  it('marks every API answer no-store', async () => {
    expect((await send(server.port, 'GET', '/api/setup', publicHost)).headers['cache-control']).toBe('no-store');
    expect((await send(server.port, 'GET', '/api/me', publicHost)).headers['cache-control']).toBe('no-store');
    expect((await send(server.port, 'GET', '/api/no-such-route', publicHost)).headers['cache-control']).toBe('no-store');
  });
});

describe('without PUBLIC_URL (plain http on a LAN or loopback)', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    server = await startAccord();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('keeps the plain cookie working, answers no-store, and still refuses other origins', async () => {
    const client = await new ApiClient(server.url).login(ADMIN.email, ADMIN.password);
    expect(client.cookie).toMatch(/^accord_session=/);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    const foreign = new ApiClient(server.url, 'http://evil.example');
    expect((await foreign.post('/api/auth/login', ADMIN)).status).toBe(403);
  });
});
