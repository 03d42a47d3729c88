import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connectCollab, typeInto, waitForSync, type CollabClient } from '../support/collabClient.ts';
import { createDrafter, createOrganisation, createStatement, signInAsSecretariat } from '../support/coalition.ts';
import { paragraphUpdate } from '../support/paragraphUpdate.ts';
import { type Cluster, startCluster } from '../support/startCluster.ts';
import { waitFor } from '../support/waitFor.ts';

/**
 * An update stored in PostgreSQL but never published to Redis (its process died between the commit
 * and the XADD) is found by the next process that sees the gap in the chain of sequences, and
 * reaches every editor without anyone re-sending it.
 */
describe('an update stored but never published', () => {
  let cluster: Cluster;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster(2);
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.dispose();
  });

  it('is caught up from the store by every process once the chain shows the gap', async () => {
    const [first, second] = cluster.processes;
    const secretariat = await signInAsSecretariat(first!);
    const orgId = await createOrganisation(secretariat);
    const statement = await createStatement(secretariat);
    const ada = await createDrafter(first!, secretariat, statement.id, orgId);
    const bob = await createDrafter(first!, secretariat, statement.id, orgId);
    const here = connectCollab(first!.wsUrl, statement.id, ada.client.cookie);
    const there = connectCollab(second!.wsUrl, statement.id, bob.client.cookie);
    clients.push(here, there);
    await Promise.all([waitForSync(here), waitForSync(there)]);
    typeInto(here.doc, 'before ');
    await waitFor(() => there.text().includes('before'), { message: 'the first word on the other process' });

    // Stored as a dying process would have stored it: committed, never published.
    const database = new pg.Client({ connectionString: cluster.env.DATABASE_URL });
    await database.connect();
    try {
      await database.query('INSERT INTO document_updates (statement_id, data) VALUES ($1, $2)', [
        statement.id,
        Buffer.from(paragraphUpdate('orphaned paragraph')),
      ]);
    } finally {
      await database.end();
    }

    typeInto(here.doc, 'after ');
    for (const client of [here, there]) {
      await waitFor(() => client.text().includes('orphaned paragraph') && client.text().includes('after'), {
        message: 'the unpublished update and the next word in every editor',
      });
    }
  }, 120_000);
});
