import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

const LINK = /Create the first secretariat account: (\S+)/;

function setupToken(server: AccordProcess): string | null {
  for (const line of server.output) {
    const match = LINK.exec(line);
    if (match) return new URL(match[1]!).searchParams.get('token');
  }
  return null;
}

describe('the first secretariat account', () => {
  let server: AccordProcess | undefined;

  afterAll(async () => {
    await server?.dispose();
  });

  it('is created once through the one-time setup link printed at start', async () => {
    server = await startAccord({ withAdmin: false });
    const token = await waitFor(() => setupToken(server!), { message: 'the setup link' });
    const visitor = new ApiClient(server.url);
    expect((await visitor.get('/api/setup')).body).toEqual({ setupRequired: true });

    const account = { email: 'Lead@Example.org', name: 'Lea Lead', password: 'a very good password' };
    expect((await visitor.post('/api/setup', { ...account, token: 'x'.repeat(43) })).status).toBe(403);
    expect((await visitor.post('/api/setup', { ...account, token, password: 'short' })).status).toBe(400);

    const created = await visitor.post<{ user: { role: string; email: string } }>('/api/setup', { ...account, token });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ role: 'secretariat', email: 'lead@example.org' });
    expect((await visitor.get<{ user: { name: string } }>('/api/me')).body.user.name).toBe('Lea Lead');

    expect((await new ApiClient(server.url).post('/api/setup', { ...account, email: 'second@example.org', token })).status).toBe(403);
    expect((await visitor.get('/api/setup')).body).toEqual({ setupRequired: false });

    server = await server.restart();
    expect(setupToken(server)).toBeNull();
    expect((await new ApiClient(server.url).login('lead@example.org', account.password)).cookie).not.toBeNull();
  });
});
