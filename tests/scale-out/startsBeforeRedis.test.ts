import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { type PostgresInstance, startPostgres } from '../support/postgres.ts';
import { type RedisInstance, startRedis } from '../support/redis.ts';
import { type AccordProcess, startAccord } from '../support/startAccord.ts';
import { waitFor } from '../support/waitFor.ts';

const readiness = async (url: string) => (await fetch(`${url}/api/ready`)).status;

/**
 * A process started while Redis is away (it comes up later, or is down during a rolling restart)
 * starts anyway, fails closed for shared documents, and serves once Redis is there.
 */
describe('a process that starts before Redis', () => {
  let postgres: PostgresInstance;
  let redis: RedisInstance;
  let accord: AccordProcess;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    postgres = await startPostgres();
    redis = await startRedis();
    await redis.stop();
    accord = await startAccord({ env: { DATABASE_URL: await postgres.createDatabase(), REDIS_URL: redis.url } });
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await accord?.dispose();
    await redis?.stop().catch(() => undefined);
    await postgres?.stop();
  });

  it('listens, reports not ready and refuses sockets with 4503, then serves once Redis is up', async () => {
    expect((await fetch(`${accord.url}/api/health`)).status).toBe(200);
    expect(await readiness(accord.url)).toBe(503);
    const secretariat = await signInAsSecretariat(accord);
    const statement = await createStatement(secretariat);
    const drafter = await createDrafter(accord, secretariat, statement.id, await createOrganisation(secretariat));
    const early = connectCollab(accord.wsUrl, statement.id, drafter.client.cookie);
    clients.push(early);
    await waitFor(() => early.closes.some((close) => close.code === CloseCode.unavailable.code), { message: 'the socket refused with 4503' });
    early.destroy();

    await redis.restart();
    await waitFor(async () => (await readiness(accord.url)) === 200, { message: 'readiness once Redis is up', timeoutMs: 30_000 });
    const editor = connectCollab(accord.wsUrl, statement.id, drafter.client.cookie);
    clients.push(editor);
    await waitForSync(editor);
    typeInto(editor.doc, 'Written once Redis was there');
    const reader = connectCollab(accord.wsUrl, statement.id, drafter.client.cookie);
    clients.push(reader);
    await waitFor(() => reader.text().includes('Written once Redis was there'), { message: 'the text at a second editor' });
  });
});
