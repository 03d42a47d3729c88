import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { startCollabFixture, type CollabFixture } from '../support/collabFixture.ts';
import { openRawCollabSocket } from '../support/rawCollabSocket.ts';
import { waitFor } from '../support/waitFor.ts';

describe('a connection without access', () => {
  let fixture: CollabFixture;

  beforeAll(async () => {
    fixture = await startCollabFixture();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  it('is closed with 4401 when there is no session, and the stock provider stops retrying', async () => {
    const client = fixture.connect(null);
    await waitFor(() => client.closes.length > 0, { message: 'a close' });
    expect(client.closes[0]?.code).toBe(CloseCode.unauthorised.code);
    expect(client.provider.shouldConnect).toBe(false);
    expect(client.provider.synced).toBe(false);
    expect(client.text()).toBe('');
  });

  it('is closed with 4401 for a cookie that is no session', async () => {
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, 'accord_session=forged-token-value');
    expect(await raw.waitForClose()).toBe(CloseCode.unauthorised.code);
    expect(raw.frames).toHaveLength(0);
  });

  it('is closed with 4401 after logout, with the old cookie', async () => {
    const drafter = await fixture.drafter();
    const cookie = drafter.client.cookie;
    expect((await drafter.client.post('/api/auth/logout')).status).toBe(204);
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, cookie);
    expect(await raw.waitForClose()).toBe(CloseCode.unauthorised.code);
  });

  it('is closed with 4404 for a statement that does not exist', async () => {
    const drafter = await fixture.drafter();
    const raw = openRawCollabSocket(fixture.server.wsUrl, '00000000-0000-0000-0000-000000000000', drafter.client.cookie);
    expect(await raw.waitForClose()).toBe(CloseCode.notFound.code);
    const malformed = openRawCollabSocket(fixture.server.wsUrl, '%E0%A4%A', drafter.client.cookie);
    expect(await malformed.waitForClose()).toBe(CloseCode.notFound.code);
  });

  it('is refused with HTTP 403 when a browser on another origin opens it', async () => {
    const drafter = await fixture.drafter();
    const raw = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie, { origin: 'https://evil.example' });
    expect(await raw.waitForClose()).toBe(403);
    const sameOrigin = openRawCollabSocket(fixture.server.wsUrl, fixture.statementId, drafter.client.cookie, { origin: fixture.server.url });
    await sameOrigin.opened;
    await waitFor(() => sameOrigin.frames.length > 0, { message: 'the first sync message' });
    sameOrigin.socket.close();
  });
});
