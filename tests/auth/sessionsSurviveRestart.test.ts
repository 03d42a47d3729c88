import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/ApiClient.ts';
import { ADMIN, startAccord, type AccordProcess } from '../support/startAccord.ts';

describe('sessions', () => {
  let server: AccordProcess;

  beforeAll(async () => {
    server = await startAccord();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('survive a restart of the server', async () => {
    const client = await new ApiClient(server.url).login(ADMIN.email, ADMIN.password);
    server = await server.restart();
    const after = new ApiClient(server.url);
    after.cookie = client.cookie;
    const me = await after.get<{ user: { email: string } }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(ADMIN.email);
  });
});
