import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/ApiClient.ts';
import { agreeToPurpose, createContact, createOrganisation, createStatement, signInAsSecretariat, type Contact } from '../support/coalition.ts';
import { openTestDatabase } from '../support/testDatabase.ts';
import { startAccord, type AccordProcess } from '../support/startAccord.ts';

/**
 * Fork publication was four commits (version, stage, sharing, publication) with the audit entry
 * after them: a failure between them left, say, a published fork with no publication. Now it is one
 * transaction. The store is made to fail at the last step; nothing of the first steps remains.
 */
describe('fork publication is atomic', () => {
  let server: AccordProcess;
  let secretariat: ApiClient;
  let signatory: Contact;
  let forkId: string;

  beforeAll(async () => {
    server = await startAccord();
    secretariat = await signInAsSecretariat(server);
    const orgId = await createOrganisation(secretariat, { name: 'Registry Atomic' });
    signatory = await createContact(server, secretariat, { orgId, role: 'signatory' });
    await agreeToPurpose(signatory, orgId);
    const { id } = await createStatement(secretariat, 'Coalition text');
    forkId = (await signatory.client.post<{ id: string }>(`/api/statements/${id}/forks`, {})).body.id;
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const snapshot = async () => {
    const database = openTestDatabase(server);
    try {
      return {
        statement: await database.get('SELECT stage, shared, final_version FROM statements WHERE id = ?', forkId),
        versions: await database.get('SELECT count(*) AS n FROM statement_versions WHERE statement_id = ?', forkId),
        publications: await database.get('SELECT count(*) AS n FROM publications WHERE statement_id = ?', forkId),
        audit: await database.get("SELECT count(*) AS n FROM audit_log WHERE action = 'statement.published' AND subject_id = ?", forkId),
      };
    } finally {
      await database.close();
    }
  };

  it('leaves nothing behind when its last step fails, and publishes whole afterwards', async () => {
    const before = await snapshot();
    const database = openTestDatabase(server);
    const removeFailure = await database.failNextWrites('publications', 'injected failure');
    try {
      expect((await signatory.client.post(`/api/statements/${forkId}/fork-publication`, {})).status).toBe(500);
      expect(await snapshot()).toEqual(before);
    } finally {
      await removeFailure();
      await database.close();
    }
    expect((await signatory.client.post(`/api/statements/${forkId}/fork-publication`, {})).status).toBe(200);
    expect(await snapshot()).toEqual({
      statement: { stage: 'published', shared: 1, final_version: 1 },
      versions: { n: 1 },
      publications: { n: 1 },
      audit: { n: 1 },
    });
  });
});
