import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { ApiClient } from '../support/ApiClient.ts';
import { createContact, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type CollabClient, connectCollab, typeInto, waitForSync } from '../support/collabClient.ts';
import { type PostgresInstance, startPostgres } from '../support/postgres.ts';
import { type RedisInstance, startRedis } from '../support/redis.ts';
import { ADMIN, type AccordProcess, startAccord } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';
import { writeStoredText } from '../support/writeStoredText.ts';

const LOGIN_ATTEMPTS = 4;
const REQUESTS_PER_MINUTE = 150;

/**
 * Two processes on one PostgreSQL database and one Redis: what one process revokes closes the sockets
 * the other holds, and rate limits and sign-in throttling count across both, so an attacker gains
 * nothing by spreading requests over processes.
 */
describe('limits and revocations are shared by every process', () => {
  let postgres: PostgresInstance;
  let redis: RedisInstance;
  let a: AccordProcess;
  let b: AccordProcess;
  let secretariat: ApiClient;
  const open: CollabClient[] = [];

  const connect = async (server: AccordProcess, statementId: string, cookie: string | null) => {
    const client = connectCollab(server.wsUrl, statementId, cookie);
    open.push(client);
    await waitForSync(client);
    return client;
  };
  const closedWith = (client: CollabClient, code: number, timeoutMs = 5_000) =>
    waitFor(() => client.closes.some((close) => close.code === code), { timeoutMs, message: `close code ${code}` });
  /** The same signed-in caller (the same session cookie), talking to another process. */
  const on = (server: AccordProcess, client: ApiClient) => Object.assign(new ApiClient(server.url), { cookie: client.cookie });

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    const env = {
      DATABASE_URL: await postgres.createDatabase(),
      REDIS_URL: redis.url,
      ACCORD_LOGIN_ATTEMPTS: String(LOGIN_ATTEMPTS),
      ACCORD_REQUESTS_PER_MINUTE: String(REQUESTS_PER_MINUTE),
    };
    // One after the other: the first migrates the database and creates the secretariat account.
    a = await startAccord({ env });
    b = await startAccord({ env });
    secretariat = await signInAsSecretariat(a);
  }, 120_000);

  afterAll(async () => {
    for (const client of open) client.destroy();
    await Promise.all([a?.dispose(), b?.dispose()]);
    await Promise.all([redis?.stop(), postgres?.stop()]);
  });

  it('signing out on A closes that session’s socket on B (4401); other sessions stay', async () => {
    const statementId = (await createStatement(secretariat)).id;
    const leaving = await new ApiClient(a.url).login(ADMIN.email, ADMIN.password);
    const editor = await connect(b, statementId, leaving.cookie);
    const witness = await connect(b, statementId, secretariat.cookie);

    expect((await leaving.post('/api/auth/logout', {})).status).toBe(204);
    await closedWith(editor, CloseCode.unauthorised.code);
    expect(witness.closes).toEqual([]);
  });

  it('a drafter removed through A: their editor on B is decided again (4100) and comes back read-only', async () => {
    const orgId = await createOrganisation(secretariat);
    const statementId = (await createStatement(secretariat)).id;
    const drafter = await createContact(a, secretariat, { orgId });
    expect((await secretariat.post(`/api/statements/${statementId}/drafters`, { userId: drafter.userId })).status).toBe(204);
    const editor = await connect(b, statementId, drafter.client.cookie);
    const witness = await connect(b, statementId, secretariat.cookie);
    typeInto(editor.doc, 'while a drafter ');
    await waitFor(() => witness.text().includes('while a drafter'), { message: 'the edit as drafter' });

    expect((await secretariat.delete(`/api/statements/${statementId}/drafters/${drafter.userId}`)).status).toBe(204);
    await closedWith(editor, CloseCode.accessChanged.code);
    // The stock provider reconnects to B by itself, read-only now: what it types is dropped.
    await waitForSync(editor);
    typeInto(editor.doc, 'AFTER-REMOVAL ');
    typeInto(witness.doc, 'witness mark');
    await waitFor(() => editor.text().includes('witness mark'), { message: "the witness's later edit" });
    expect(witness.text()).not.toContain('AFTER-REMOVAL');
    expect(witness.closes).toEqual([]);
  });

  it('unsharing a fork on A closes another organisation’s socket on B (4404); the owner’s stays', async () => {
    const [ownerOrg, otherOrg] = [await createOrganisation(secretariat), await createOrganisation(secretariat)];
    const owner = await createContact(a, secretariat, { orgId: ownerOrg });
    const other = await createContact(a, secretariat, { orgId: otherOrg });
    const { id: statementId } = await createStatement(secretariat, 'Joint statement on DNS abuse');
    await writeStoredText(a.wsUrl, statementId, secretariat.cookie, ['Registries act on abuse reports.']);
    const forkId = (await owner.client.post<{ id: string }>(`/api/statements/${statementId}/forks`, {})).body.id;
    expect((await owner.client.post(`/api/statements/${forkId}/sharing`, { shared: true })).status).toBe(204);
    const outsider = await connect(b, forkId, other.client.cookie);
    const own = await connect(b, forkId, owner.client.cookie);

    expect((await owner.client.post(`/api/statements/${forkId}/sharing`, { shared: false })).status).toBe(204);
    await closedWith(outsider, CloseCode.notFound.code);
    expect(own.closes).toEqual([]);
  });

  it('failed sign-ins are counted across processes: attempts split between A and B hit 429', async () => {
    const email = `nobody-${Date.now()}@example.org`;
    const [onA, onB] = [new ApiClient(a.url), new ApiClient(b.url)];
    for (let attempt = 0; attempt < LOGIN_ATTEMPTS; attempt++) {
      const client = attempt % 2 === 0 ? onA : onB;
      expect((await client.post('/api/auth/login', { email, password: `guess number ${attempt}` })).status).toBe(401);
    }
    // Each process has seen only half the attempts; alone, either would let the next one through.
    for (const client of [onA, onB]) {
      const refused = await client.post<{ error: { code: string } }>('/api/auth/login', { email, password: 'one more guess' });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('too_many_requests');
    }
  });

  it('one person’s request budget is shared: requests alternating between A and B run out after one budget', async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(a, secretariat, { orgId });
    const [onA, onB] = [contact.client, on(b, contact.client)];
    let answered = 0;
    let refusedAt: number | null = null;
    // Bounded: two whole budgets, which is what the two processes would allow if they did not share.
    for (let request = 0; request < 2 * REQUESTS_PER_MINUTE + 2; request++) {
      const status = (await (request % 2 === 0 ? onA : onB).get('/api/me')).status;
      if (status === 429) {
        refusedAt = request;
        break;
      }
      expect(status).toBe(200);
      answered++;
    }
    expect(refusedAt).not.toBeNull();
    expect(answered).toBeLessThanOrEqual(REQUESTS_PER_MINUTE);
    // Both processes refuse from now on.
    expect((await onA.get('/api/me')).status).toBe(429);
    expect((await onB.get('/api/me')).status).toBe(429);
  });

  it('while Redis is away sign-in still works, and a sign-out made meanwhile still ends the session’s socket on B', async () => {
    const statementId = (await createStatement(secretariat)).id;
    const leaving = await new ApiClient(a.url).login(ADMIN.email, ADMIN.password);
    const editor = await connect(b, statementId, leaving.cookie);

    await redis.stop();
    // Each process falls back to its own memory limits rather than refusing everyone.
    const during = await new ApiClient(b.url).login(ADMIN.email, ADMIN.password);
    expect(during.cookie).toBeTruthy();
    expect((await leaving.post('/api/auth/logout', {})).status).toBe(204);
    await redis.restart();

    // Whether the socket stayed open through the outage or was closed and came back, it ends with 4401.
    await closedWith(editor, CloseCode.unauthorised.code, 20_000);
    await waitFor(() => b.output.some((line) => line.includes('redis connection recovered')), { message: 'B logs the recovery' });
    expect([...a.output, ...b.output].some((line) => line.includes(redis.url))).toBe(false);
  });

  it('a new Statement of Purpose published on A closes contacts’ sockets on B until their organisation agrees again (4403)', async () => {
    const orgId = await createOrganisation(secretariat);
    const contact = await createContact(a, secretariat, { orgId });
    const statementId = (await createStatement(secretariat)).id;
    const socket = await connect(b, statementId, contact.client.cookie);
    const witness = await connect(b, statementId, secretariat.cookie);

    const published = await secretariat.post('/api/purpose', { text: 'A new Statement of Purpose that every organisation reads and agrees to again.' });
    expect(published.status).toBe(201);
    await closedWith(socket, CloseCode.forbidden.code);
    expect(witness.closes).toEqual([]);
  });

  it('stops gracefully with Redis connected, and with Redis away', async () => {
    expect(await b.stop()).toBe(0);
    expect(b.output.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    await redis.stop();
    expect(await a.stop()).toBe(0);
    expect(a.output.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  });
});
